package io.arorp.env.cloud;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The RP's cluster certificates (signed API and ingress certificates) in Key Vault. */
public interface KeyVault {
    /** A certificate as Key Vault reports it. */
    record Certificate(String name, List<String> dnsNames, Instant notAfter, int version) {
        public Certificate {
            dnsNames = List.copyOf(dnsNames);
        }
    }

    /** Issues the certificate if missing or for other names; {@code renew} issues a new version regardless. */
    Certificate ensureCertificate(String name, List<String> dnsNames, boolean renew);

    Optional<Certificate> certificate(String name);

    /**
     * Puts the certificate's policy back on the RP's issuer, so its next renewal comes from the current CA (the
     * original's correctCertificateIssuer for certificates created under an older issuer). A no-op, returning false,
     * for a missing certificate or one already on that issuer.
     */
    boolean correctIssuer(String name);

    /**
     * The current version of the certificate as Key Vault's secret of the same name holds it: the PEM private key
     * followed by the certificate chain; empty when there is no certificate.
     */
    Optional<io.arorp.api.Secret> certificateBundle(String name);

    /** A no-op when the certificate does not exist. */
    void deleteCertificate(String name);
}
