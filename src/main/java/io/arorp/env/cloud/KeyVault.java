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

    /** A no-op when the certificate does not exist. */
    void deleteCertificate(String name);
}
