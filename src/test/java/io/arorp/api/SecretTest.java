package io.arorp.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class SecretTest {
    @Test
    void neverPrintsItsValue() {
        Secret secret = Secret.of("hunter2");
        assertEquals("[REDACTED]", secret.toString());
        assertFalse(String.valueOf(secret).contains("hunter2"));
        assertFalse(("x" + secret).contains("hunter2"));
    }

    @Test
    void revealsOnlyWhenAskedAndComparesByValue() {
        assertEquals("hunter2", Secret.of("hunter2").reveal());
        assertEquals(Secret.of("a"), Secret.of("a"));
        assertNotEquals(Secret.of("a"), Secret.of("b"));
        assertNull(Secret.of(null));
    }

    @Test
    void bytesAreCopiedSoCallersCannotMutateTheSecret() {
        byte[] raw = {1, 2, 3};
        Secret secret = Secret.ofBytes(raw);
        raw[0] = 9;
        assertEquals(1, secret.revealBytes()[0]);
        secret.revealBytes()[1] = 9;
        assertEquals(2, secret.revealBytes()[1]);
    }
}
