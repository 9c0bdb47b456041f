package io.arorp.database.secret;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.arorp.database.contract.TestClock;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** Two RP instances over one vault whose key versions rotate under them. */
class RefreshingSecretSealerTest {
    private static final byte[] SECRET = "pull-secret".getBytes(StandardCharsets.UTF_8);
    private final TestClock clock = new TestClock();
    private final Map<String, byte[]> vault = new LinkedHashMap<>(Map.of("v1", key(1)));
    private final AtomicInteger reads = new AtomicInteger();
    private final Supplier<Map<String, byte[]>> source = () -> {
        reads.incrementAndGet();
        if (vault.isEmpty()) {
            throw new IllegalStateException("vault unreachable");
        }
        return new LinkedHashMap<>(vault);
    };

    @Test
    void aRefreshSealsWithTheNewestVersionAndStillOpensTheOlder() {
        RefreshingSecretSealer sealer = sealer();
        byte[] old = sealer.seal(SECRET);
        rotateTo("v2", 2);

        assertTrue(sealer.refresh());
        byte[] fresh = sealer.seal(SECRET);

        assertEquals("v2", keyIdOf(fresh));
        assertArrayEquals(SECRET, sealer.open(old));
        assertArrayEquals(SECRET, sealer.open(fresh));
    }

    @Test
    void aValueSealedByAnInstanceThatReadANewerKeyMakesThisOneReadTheVaultOnce() {
        RefreshingSecretSealer behind = sealer();
        rotateTo("v2", 2);
        RefreshingSecretSealer ahead = sealer();
        byte[] sealedAhead = ahead.seal(SECRET);
        int before = reads.get();

        assertArrayEquals(SECRET, behind.open(sealedAhead));
        assertArrayEquals(SECRET, behind.open(sealedAhead));
        assertEquals(before + 1, reads.get());
    }

    @Test
    void valuesOfUnknownKeysReadTheVaultAtMostOncePerMinimumInterval() {
        RefreshingSecretSealer sealer = sealer();
        byte[] foreign = new AesGcmSecretSealer(Map.of("elsewhere", key(9)), new SecureRandom()).seal(SECRET);
        int before = reads.get();

        assertThrows(UnknownSecretKeyException.class, () -> sealer.open(foreign));
        assertThrows(UnknownSecretKeyException.class, () -> sealer.open(foreign));
        assertEquals(before + 1, reads.get());

        clock.advance(Duration.ofMinutes(1));
        assertThrows(UnknownSecretKeyException.class, () -> sealer.open(foreign));
        assertEquals(before + 2, reads.get());
    }

    @Test
    void aFailedRefreshKeepsTheKeysItHas() {
        RefreshingSecretSealer sealer = sealer();
        byte[] sealed = sealer.seal(SECRET);
        vault.clear();

        assertFalse(sealer.refresh());

        assertArrayEquals(SECRET, sealer.open(sealed));
        assertEquals("v1", keyIdOf(sealer.seal(SECRET)));
    }

    @Test
    void noKeysAtStartIsAFailedStart() {
        vault.clear();
        assertThrows(IllegalStateException.class, this::sealer);
    }

    private RefreshingSecretSealer sealer() {
        return new RefreshingSecretSealer(source, new SecureRandom(), clock, Duration.ofMinutes(1));
    }

    private void rotateTo(String id, int seed) {
        Map<String, byte[]> older = new LinkedHashMap<>(vault);
        vault.clear();
        vault.put(id, key(seed));
        vault.putAll(older);
    }

    private static String keyIdOf(byte[] sealed) {
        return new String(sealed, 2, sealed[1], StandardCharsets.UTF_8);
    }

    private static byte[] key(int seed) {
        byte[] key = new byte[32];
        java.util.Arrays.fill(key, (byte) seed);
        return key;
    }
}
