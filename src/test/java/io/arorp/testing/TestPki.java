package io.arorp.testing;

import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * Makes the certificates the integration tests authenticate with, before the test server starts: a test CA the
 * server trusts for client certificates, the "ARM" client certificate the server pins, an admin client certificate
 * (CN {@value #ADMIN_CN}), and a stranger signed by the same CA but pinned nowhere.
 */
public final class TestPki {
    public static final String PASSWORD = "changeit";
    public static final String ADMIN_CN = "aro-admin-client";

    private TestPki() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "target/test-pki");
        Files.createDirectories(dir);
        KeyPair caKeys = keys();
        X509Certificate ca = certificate("CN=aro-rp test CA", caKeys, "CN=aro-rp test CA", caKeys, true);
        writePem(dir.resolve("ca.pem"), ca);
        KeyStore trust = KeyStore.getInstance("PKCS12");
        trust.load(null, null);
        trust.setCertificateEntry("ca", ca);
        save(trust, dir.resolve("truststore.p12"));

        X509Certificate arm = client(dir, "arm", "CN=arm-client", ca, caKeys);
        writePem(dir.resolve("arm.pem"), arm);
        client(dir, "admin", "CN=" + ADMIN_CN, ca, caKeys);
        client(dir, "stranger", "CN=stranger", ca, caKeys);
    }

    private static X509Certificate client(Path dir, String name, String subject, X509Certificate ca, KeyPair caKeys)
            throws Exception {
        KeyPair keys = keys();
        X509Certificate certificate = certificate(subject, keys, "CN=aro-rp test CA", caKeys, false);
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setKeyEntry(name, keys.getPrivate(), PASSWORD.toCharArray(), new Certificate[] {certificate, ca});
        save(store, dir.resolve(name + ".p12"));
        return certificate;
    }

    private static X509Certificate certificate(String subject, KeyPair subjectKeys, String issuer, KeyPair issuerKeys,
            boolean isCa) throws Exception {
        Instant now = Instant.now();
        X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(new X500Name(issuer),
                BigInteger.valueOf(now.toEpochMilli()).add(BigInteger.valueOf(System.nanoTime() & 0xffff)),
                Date.from(now.minus(Duration.ofHours(1))), Date.from(now.plus(Duration.ofDays(30))),
                new X500Name(subject), subjectKeys.getPublic());
        builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(isCa));
        builder.addExtension(Extension.keyUsage, true, isCa
                ? new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign)
                : new KeyUsage(KeyUsage.digitalSignature | KeyUsage.keyEncipherment));
        return new JcaX509CertificateConverter().getCertificate(
                builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(issuerKeys.getPrivate())));
    }

    private static KeyPair keys() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        return generator.generateKeyPair();
    }

    private static void save(KeyStore store, Path file) throws Exception {
        try (OutputStream out = Files.newOutputStream(file)) {
            store.store(out, PASSWORD.toCharArray());
        }
    }

    private static void writePem(Path file, X509Certificate certificate) throws Exception {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(certificate.getEncoded());
        Files.writeString(file, "-----BEGIN CERTIFICATE-----\n" + body + "\n-----END CERTIFICATE-----\n");
    }
}
