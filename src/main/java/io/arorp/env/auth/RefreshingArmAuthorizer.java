package io.arorp.env.auth;

import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * ARM's authorizer fed by ARM's metadata endpoint, as the original RP does: the presented leaf certificate must be
 * byte-for-byte one ARM publishes, inside the window ARM gives it. {@link #refresh()} runs hourly; a failed refresh
 * keeps the last set, and the authorizer stops being ready when no refresh has succeeded for 24 hours (a set that
 * old may have missed a rotation).
 */
final class RefreshingArmAuthorizer implements ClientAuthorizer {
    static final Duration STALE_AFTER = Duration.ofHours(24);
    private static final Logger LOG = Logger.getLogger(RefreshingArmAuthorizer.class.getName());

    private record Snapshot(List<ArmMetadataCertificates.Published> certificates, Instant refreshedAt) {
    }

    private final Callable<List<ArmMetadataCertificates.Published>> source;
    private final Clock clock;
    private volatile Snapshot snapshot;

    RefreshingArmAuthorizer(Callable<List<ArmMetadataCertificates.Published>> source, Clock clock) {
        this.source = source;
        this.clock = clock;
    }

    /** @return whether the set was replaced; failures are logged and leave the previous set in place */
    boolean refresh() {
        try {
            List<ArmMetadataCertificates.Published> certificates = List.copyOf(source.call());
            snapshot = new Snapshot(certificates, clock.instant());
            LOG.info(() -> "ARM client certificates refreshed: " + certificates.size() + " published");
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (Exception e) {
            LOG.log(Level.WARNING, "ARM client certificates not refreshed; keeping the previous set", e);
            return false;
        }
    }

    @Override
    public boolean isAuthorized(List<X509Certificate> chain) {
        Snapshot current = snapshot;
        if (chain.isEmpty() || current == null) {
            return false;
        }
        Instant now = clock.instant();
        byte[] presented = Pem.der(chain.get(0));
        return current.certificates().stream()
                .filter(p -> !now.isBefore(p.notBefore()) && !now.isAfter(p.notAfter()))
                .anyMatch(p -> Arrays.equals(Pem.der(p.certificate()), presented));
    }

    @Override
    public boolean isReady() {
        Snapshot current = snapshot;
        return current != null && current.refreshedAt().plus(STALE_AFTER).isAfter(clock.instant());
    }
}
