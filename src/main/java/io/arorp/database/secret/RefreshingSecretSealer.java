package io.arorp.database.secret;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * AES-256-GCM over keys that rotate outside the process (Key Vault secret versions). A periodic {@link #refresh()}
 * makes new writes use a newly added key; a value sealed by another instance with a key this one has not read yet
 * makes it read the keys at once (at most once per {@code minReload}, so garbage cannot make it hammer the vault).
 */
public final class RefreshingSecretSealer implements SecretSealer {
    private static final Logger LOG = Logger.getLogger(RefreshingSecretSealer.class.getName());
    private final Supplier<Map<String, byte[]>> keySource;
    private final SecureRandom random;
    private final Clock clock;
    private final Duration minReload;
    private volatile AesGcmSecretSealer current;
    private Instant loadedAt;
    /** When an unknown key last made this sealer read the keys (the scheduled refreshes do not count). */
    private Instant demandedAt = Instant.MIN;

    /** Reads the keys once; a failure here fails the start (the RP cannot read or write any secret without them). */
    public RefreshingSecretSealer(Supplier<Map<String, byte[]>> keySource, SecureRandom random, Clock clock,
            Duration minReload) {
        this.keySource = keySource;
        this.random = random;
        this.clock = clock;
        this.minReload = minReload;
        load();
    }

    @Override
    public byte[] seal(byte[] plaintext) {
        return current.seal(plaintext);
    }

    @Override
    public byte[] open(byte[] sealed) {
        AesGcmSecretSealer sealer = current;
        try {
            return sealer.open(sealed);
        } catch (UnknownSecretKeyException e) {
            if (!reloadUnlessRecent(sealer)) {
                throw e;
            }
            return current.open(sealed);
        }
    }

    /** Reads the keys again; false (and the old keys kept) when the source fails. */
    public boolean refresh() {
        try {
            load();
            return true;
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, e, () -> "secret encryption keys not refreshed, keeping the "
                    + "ones read at " + loadedAt());
            return false;
        }
    }

    /** True when the keys were read again (by this call or by another since {@code seen}). */
    private synchronized boolean reloadUnlessRecent(AesGcmSecretSealer seen) {
        if (current != seen) {
            return true;
        }
        if (clock.instant().isBefore(demandedAt.plus(minReload))) {
            return false;
        }
        demandedAt = clock.instant();
        return refresh();
    }

    private synchronized void load() {
        Map<String, byte[]> keys = keySource.get();
        current = new AesGcmSecretSealer(keys, random);
        loadedAt = clock.instant();
        LOG.info(() -> "secret encryption keys read: " + keys.size() + ", sealing with " + keys.keySet().iterator()
                .next());
    }

    private synchronized Instant loadedAt() {
        return loadedAt;
    }
}
