package io.arorp.env.tls;

import io.arorp.api.Secret;
import io.arorp.env.kube.Pem;
import java.io.IOException;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A certificate authority as an OpenShift cluster has them. A simulated cluster's signs the API server's serving
 * certificate (SAN 127.0.0.1 and localhost) and the client certificates of kubeconfigs, the way a cluster's signers do. EC P-256 keys,
 * because generating them takes a millisecond where RSA takes a hundred. The CA outlives RP restarts (it is part of the
 * snapshot), so kubeconfigs handed out before a restart keep working. Also the root CA of an installed cluster, which
 * signs the machine config server's certificate (the simulated installer's, and fixMCSCert's from the installer graph).
 */
public final class ClusterPki {
    private static final char[] IN_MEMORY_PASSWORD = "in-memory".toCharArray();
    private static final Duration SKEW = Duration.ofMinutes(5);
    private static final Duration CA_VALIDITY = Duration.ofDays(3650);
    private static final Duration LEAF_VALIDITY = Duration.ofDays(3650);

    private final X509Certificate ca;
    private final PrivateKey caKey;
    private final Clock clock;
    private final SecureRandom random;

    private ClusterPki(X509Certificate ca, PrivateKey caKey, Clock clock, SecureRandom random) {
        this.ca = ca;
        this.caKey = caKey;
        this.clock = clock;
        this.random = random;
    }

    /** A key and the certificate issued for it. */
    public record Issued(X509Certificate certificate, PrivateKey key) {
        public String certificatePem() {
            return Pem.write(certificate);
        }

        public Secret keyPem() {
            return Pem.write(key);
        }
    }

    /** A new self-signed CA. */
    public static ClusterPki create(String commonName, Clock clock, SecureRandom random) {
        KeyPair pair = newKeyPair(random);
        X500Name name = name(commonName, List.of());
        try {
            X509v3CertificateBuilder builder = builder(name, name, pair.getPublic(), CA_VALIDITY, clock, random)
                    .addExtension(Extension.basicConstraints, true, new BasicConstraints(0))
                    .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
            return new ClusterPki(sign(builder, pair.getPrivate()), pair.getPrivate(), clock, random);
        } catch (CertIOException e) {
            throw new IllegalStateException("building the CA certificate failed", e);
        }
    }

    /** The CA of a snapshot. */
    public static ClusterPki restore(String caPem, Secret caKeyPem, Clock clock, SecureRandom random) {
        try {
            return new ClusterPki(Pem.certificate(caPem), Pem.privateKey(caKeyPem), clock, random);
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalArgumentException("snapshot CA is unreadable: " + e.getMessage(), e);
        }
    }

    public String caPem() {
        return Pem.write(ca);
    }

    public Secret caKeyPem() {
        return Pem.write(caKey);
    }

    /** A serving certificate for the loopback API endpoint. */
    public Issued issueServer() {
        GeneralNames names = new GeneralNames(new GeneralName[] {
            new GeneralName(GeneralName.iPAddress, "127.0.0.1"), new GeneralName(GeneralName.dNSName, "localhost")});
        return issue(name("127.0.0.1", List.of()), KeyPurposeId.id_kp_serverAuth, names);
    }

    /** A serving certificate for DNS names, as a public CA issues one (the simulated Key Vault's certificates). */
    public Issued issueServer(List<String> dnsNames) {
        GeneralNames names = new GeneralNames(dnsNames.stream().map(n -> new GeneralName(GeneralName.dNSName, n))
                .toArray(GeneralName[]::new));
        return issue(name(dnsNames.get(0), List.of()), KeyPurposeId.id_kp_serverAuth, names);
    }

    /**
     * A serving certificate for {@code commonName} with DNS and IP subject alternative names, as the installer issues
     * the machine config server's from the cluster's root CA.
     */
    public Issued issueServer(String commonName, List<String> dnsNames, List<String> ipAddresses) {
        List<GeneralName> names = new java.util.ArrayList<>();
        dnsNames.forEach(n -> names.add(new GeneralName(GeneralName.dNSName, n)));
        ipAddresses.forEach(ip -> names.add(new GeneralName(GeneralName.iPAddress, ip)));
        return issue(name(commonName, List.of()), KeyPurposeId.id_kp_serverAuth,
                new GeneralNames(names.toArray(GeneralName[]::new)));
    }

    /** A client certificate; Kubernetes reads the user from the CN and the groups from the O attributes. */
    public Issued issueClient(String user, List<String> groups) {
        return issue(name(user, groups), KeyPurposeId.id_kp_clientAuth, null);
    }

    /** TLS for the API endpoint: serves {@code server}, and verifies client certificates against this CA. */
    public SSLContext serverContext(Issued server) {
        try {
            KeyStore keys = KeyStore.getInstance("PKCS12");
            keys.load(null, null);
            keys.setKeyEntry("server", server.key(), IN_MEMORY_PASSWORD, new X509Certificate[] {server.certificate(), ca});
            KeyManagerFactory keyManagers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keyManagers.init(keys, IN_MEMORY_PASSWORD);
            KeyStore trust = KeyStore.getInstance("PKCS12");
            trust.load(null, null);
            trust.setCertificateEntry("ca", ca);
            TrustManagerFactory trustManagers = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trustManagers.init(trust);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(keyManagers.getKeyManagers(), trustManagers.getTrustManagers(), random);
            return context;
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("building the API server's TLS context failed", e);
        }
    }

    private Issued issue(X500Name subject, KeyPurposeId purpose, GeneralNames altNames) {
        KeyPair pair = newKeyPair(random);
        try {
            JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
            X509v3CertificateBuilder builder = builder(X500Name.getInstance(ca.getSubjectX500Principal().getEncoded()),
                    subject, pair.getPublic(), LEAF_VALIDITY, clock, random)
                    .addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
                    .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature))
                    .addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(purpose))
                    .addExtension(Extension.authorityKeyIdentifier, false, extensions.createAuthorityKeyIdentifier(ca));
            if (altNames != null) {
                builder.addExtension(Extension.subjectAlternativeName, false, altNames);
            }
            return new Issued(sign(builder, caKey), pair.getPrivate());
        } catch (CertIOException | GeneralSecurityException e) {
            throw new IllegalStateException("issuing a certificate failed", e);
        }
    }

    private static X509v3CertificateBuilder builder(X500Name issuer, X500Name subject, PublicKey key, Duration validity,
                                                    Clock clock, SecureRandom random) throws CertIOException {
        Instant now = clock.instant();
        try {
            return new JcaX509v3CertificateBuilder(issuer, new BigInteger(127, random).add(BigInteger.ONE),
                    Date.from(now.minus(SKEW)), Date.from(now.plus(validity)), subject, key)
                    .addExtension(Extension.subjectKeyIdentifier, false,
                            new JcaX509ExtensionUtils().createSubjectKeyIdentifier(key));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-1 for key identifiers is unavailable", e);
        }
    }

    private static X509Certificate sign(X509v3CertificateBuilder builder, PrivateKey signer) {
        try {
            return new JcaX509CertificateConverter()
                    .getCertificate(builder.build(new JcaContentSignerBuilder("SHA256withECDSA").build(signer)));
        } catch (OperatorCreationException | GeneralSecurityException e) {
            throw new IllegalStateException("signing a certificate failed", e);
        }
    }

    private static X500Name name(String commonName, List<String> organizations) {
        X500NameBuilder builder = new X500NameBuilder(BCStyle.INSTANCE);
        organizations.forEach(o -> builder.addRDN(BCStyle.O, o));
        return builder.addRDN(BCStyle.CN, commonName).build();
    }

    private static KeyPair newKeyPair(SecureRandom random) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"), random);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("EC P-256 is unavailable in this JVM", e);
        }
    }
}
