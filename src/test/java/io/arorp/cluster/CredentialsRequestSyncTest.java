package io.arorp.cluster;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** aroCredentialsRequestReconciled's test of a CredentialsRequest: synced within the window, or not at all. */
class CredentialsRequestSyncTest {
    private static final Instant NOW = Instant.parse("2026-12-04T09:00:00Z");
    private static final Instant SINCE = NOW.minus(CredentialsRequestSteps.RECENT_SYNC);

    @Test
    void aSyncInsideTheWindowCounts() {
        assertTrue(CredentialsRequestSteps.syncedSince(synced("2026-12-04T08:58:00Z"), SINCE));
        assertTrue(CredentialsRequestSteps.syncedSince(synced("2026-12-04T08:55:00Z"), SINCE));
    }

    @Test
    void anOlderSyncNoSyncOrAnUnreadableTimeDoesNot() {
        assertFalse(CredentialsRequestSteps.syncedSince(synced("2026-12-04T08:54:59Z"), SINCE));
        assertFalse(CredentialsRequestSteps.syncedSince(Map.of("spec", Map.of()), SINCE));
        assertFalse(CredentialsRequestSteps.syncedSince(Map.of("status", Map.of("provisioned", true)), SINCE));
        assertFalse(CredentialsRequestSteps.syncedSince(synced("yesterday"), SINCE));
    }

    private static Map<String, Object> synced(String at) {
        return Map.of("status", Map.of("provisioned", true, "lastSyncTimestamp", at));
    }
}
