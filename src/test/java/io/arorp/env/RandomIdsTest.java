package io.arorp.env;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RandomIdsTest {
    private static final String V4 = "[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}";

    @Test
    void idsAreLowerCaseVersion4UuidsAndDistinct() {
        Ids ids = new RandomIds(new java.security.SecureRandom());
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            String id = ids.newId();
            assertTrue(id.matches(V4), id);
            assertEquals(4, UUID.fromString(id).version());
            assertTrue(seen.add(id), "duplicate id " + id);
        }
    }

    @Test
    void aSeededSourceRepeatsItsSequenceSoTestRunsCanBeReplayed() {
        Ids first = new RandomIds(new Random(42));
        Ids second = new RandomIds(new Random(42));
        Ids other = new RandomIds(new Random(43));
        String a = first.newId();
        assertEquals(a, second.newId());
        assertNotEquals(a, other.newId());
    }
}
