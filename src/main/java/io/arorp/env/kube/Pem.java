package io.arorp.env.kube;

import io.arorp.api.Secret;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.openssl.PEMKeyPair;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.openssl.jcajce.JcaPKCS8Generator;

/**
 * PEM in and out. Kubeconfigs carry keys in whatever form their generator chose (PKCS#1 RSA from the OpenShift
 * installer, SEC1 EC, PKCS#8), so reading goes through BouncyCastle's parser; writing always produces PKCS#8.
 */
public final class Pem {
    private Pem() {
    }

    /** Reads the first private key of a PEM text in any of the usual encodings. */
    public static PrivateKey privateKey(Secret pem) throws IOException {
        try (PEMParser parser = new PEMParser(new StringReader(pem.reveal()))) {
            Object object = parser.readObject();
            JcaPEMKeyConverter converter = new JcaPEMKeyConverter();
            if (object instanceof PEMKeyPair pair) {
                return converter.getKeyPair(pair).getPrivate();
            }
            if (object instanceof PrivateKeyInfo info) {
                return converter.getPrivateKey(info);
            }
            throw new IOException("no unencrypted private key in PEM (found "
                    + (object == null ? "nothing" : object.getClass().getSimpleName()) + ")");
        }
    }

    /** A private key and the certificate chain that goes with it (leaf first), as one PEM bundle carries them. */
    public record KeyAndChain(PrivateKey key, List<X509Certificate> chain) {
        public KeyAndChain {
            chain = List.copyOf(chain);
        }
    }

    /** Reads a bundle of one private key and certificates in any order (Key Vault's PEM export puts the key first). */
    public static KeyAndChain keyAndChain(Secret pem) throws IOException, CertificateException {
        PrivateKey key = null;
        List<X509Certificate> chain = new ArrayList<>();
        JcaPEMKeyConverter keys = new JcaPEMKeyConverter();
        JcaX509CertificateConverter certificates = new JcaX509CertificateConverter();
        try (PEMParser parser = new PEMParser(new StringReader(pem.reveal()))) {
            for (Object object = parser.readObject(); object != null; object = parser.readObject()) {
                if (object instanceof PEMKeyPair pair && key == null) {
                    key = keys.getKeyPair(pair).getPrivate();
                } else if (object instanceof PrivateKeyInfo info && key == null) {
                    key = keys.getPrivateKey(info);
                } else if (object instanceof X509CertificateHolder holder) {
                    chain.add(certificates.getCertificate(holder));
                }
            }
        }
        if (key == null || chain.isEmpty()) {
            throw new IOException("a PEM bundle needs an unencrypted private key and at least one certificate");
        }
        return new KeyAndChain(key, chain);
    }

    /** Reads the first certificate of a PEM text. */
    public static X509Certificate certificate(String pem) throws CertificateException {
        return (X509Certificate) CertificateFactory.getInstance("X.509")
                .generateCertificate(new ByteArrayInputStream(pem.getBytes(StandardCharsets.US_ASCII)));
    }

    public static String write(X509Certificate certificate) {
        StringWriter out = new StringWriter();
        try (JcaPEMWriter writer = new JcaPEMWriter(out)) {
            writer.writeObject(certificate);
        } catch (IOException e) {
            throw new IllegalStateException("writing PEM to memory failed", e);
        }
        return out.toString();
    }

    /** PKCS#8, unencrypted: the form every client reads. */
    public static Secret write(PrivateKey key) {
        StringWriter out = new StringWriter();
        try (JcaPEMWriter writer = new JcaPEMWriter(out)) {
            writer.writeObject(new JcaPKCS8Generator(key, null));
        } catch (IOException e) {
            throw new IllegalStateException("writing PEM to memory failed", e);
        }
        return Secret.of(out.toString());
    }
}
