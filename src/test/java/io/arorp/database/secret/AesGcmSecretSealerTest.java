package io.arorp.database.secret;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AesGcmSecretSealerTest {
    private static final byte[] OLD = filled(1);
    private static final byte[] NEW = filled(2);
    private static final byte[] PLAIN = "pull-secret".getBytes(StandardCharsets.UTF_8);

    private static byte[] filled(int value) {
        byte[] key = new byte[32];
        Arrays.fill(key, (byte) value);
        return key;
    }

    private static AesGcmSecretSealer sealer(String... ids) {
        Map<String, byte[]> keys = new LinkedHashMap<>();
        for (String id : ids) {
            keys.put(id, id.equals("old") ? OLD : NEW);
        }
        return new AesGcmSecretSealer(keys, new SecureRandom());
    }

    @Test
    void sealedValuesOpenAndNeverRepeat() {
        AesGcmSecretSealer sealer = sealer("new");
        byte[] a = sealer.seal(PLAIN);
        byte[] b = sealer.seal(PLAIN);
        assertFalse(Arrays.equals(a, b), "a fresh nonce per value");
        assertArrayEquals(PLAIN, sealer.open(a));
        assertFalse(new String(a, StandardCharsets.ISO_8859_1).contains("pull-secret"));
    }

    @Test
    void afterRotationNewWritesUseTheNewKeyAndOldValuesStillOpen() {
        byte[] sealedWithOld = sealer("old").seal(PLAIN);
        AesGcmSecretSealer rotated = sealer("new", "old");
        assertArrayEquals(PLAIN, rotated.open(sealedWithOld));
        byte[] sealedAfter = rotated.seal(PLAIN);
        assertArrayEquals(PLAIN, sealer("new").open(sealedAfter));
        assertThrows(SecretUnreadableException.class, () -> sealer("old").open(sealedAfter));
    }

    @Test
    void tamperingIsDetected() {
        AesGcmSecretSealer sealer = sealer("new");
        byte[] sealed = sealer.seal(PLAIN);
        for (int i = 0; i < sealed.length; i++) {
            byte[] copy = sealed.clone();
            copy[i] ^= 0x01;
            assertThrows(SecretUnreadableException.class, () -> sealer.open(copy), "byte " + i);
        }
        assertThrows(SecretUnreadableException.class, () -> sealer.open(Arrays.copyOf(sealed, 10)));
    }

    @Test
    void keysParseFromConfigurationNewestFirst() {
        String spec = "k2=" + Base64.getEncoder().encodeToString(NEW) + ", k1=" + Base64.getEncoder().encodeToString(OLD);
        Map<String, byte[]> keys = AesGcmSecretSealer.parseKeys(spec);
        assertTrue(keys.keySet().iterator().next().equals("k2"));
        assertArrayEquals(OLD, keys.get("k1"));
        assertThrows(IllegalArgumentException.class, () -> AesGcmSecretSealer.parseKeys("nokey"));
        assertThrows(IllegalArgumentException.class,
                () -> new AesGcmSecretSealer(Map.of("short", new byte[16]), new SecureRandom()));
    }
}
