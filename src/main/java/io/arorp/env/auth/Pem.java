package io.arorp.env.auth;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.List;

/** Reads PEM certificate bundles named in configuration. */
final class Pem {
    private Pem() {
    }

    static List<X509Certificate> certificates(Path file) {
        try {
            byte[] pem = Files.readAllBytes(file);
            return CertificateFactory.getInstance("X.509").generateCertificates(new ByteArrayInputStream(pem))
                    .stream().map(X509Certificate.class::cast).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read certificates from " + file, e);
        } catch (CertificateException e) {
            throw new IllegalStateException("no valid PEM certificates in " + file, e);
        }
    }

    /** The DER bytes, what certificate pinning compares. */
    static byte[] der(X509Certificate certificate) {
        try {
            return certificate.getEncoded();
        } catch (CertificateEncodingException e) {
            throw new IllegalArgumentException("unencodable certificate " + certificate.getSubjectX500Principal(), e);
        }
    }
}
