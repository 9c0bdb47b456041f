package io.arorp.env.auth;

import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.Arrays;
import java.util.Date;
import java.util.List;

/**
 * ARM's authorizer: the presented leaf certificate must be byte-for-byte one of the certificates ARM publishes (and
 * currently valid). Pinning the exact certificates, not a CA, is what the original RP does: any other certificate
 * from the same public CA must not be able to call the RP.
 */
final class PinnedCertificateAuthorizer implements ClientAuthorizer {
    private final List<byte[]> pinned;
    private final Clock clock;

    PinnedCertificateAuthorizer(List<X509Certificate> certificates, Clock clock) {
        this.pinned = certificates.stream().map(Pem::der).toList();
        this.clock = clock;
    }

    @Override
    public boolean isAuthorized(List<X509Certificate> chain) {
        if (chain.isEmpty()) {
            return false;
        }
        X509Certificate leaf = chain.get(0);
        Date now = Date.from(clock.instant());
        if (now.before(leaf.getNotBefore()) || now.after(leaf.getNotAfter())) {
            return false;
        }
        byte[] presented = Pem.der(leaf);
        return pinned.stream().anyMatch(p -> Arrays.equals(p, presented));
    }

    @Override
    public boolean isReady() {
        return !pinned.isEmpty();
    }
}
