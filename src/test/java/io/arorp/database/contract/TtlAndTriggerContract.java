package io.arorp.database.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.arorp.database.Triggers;
import io.arorp.database.store.Fields;
import io.arorp.database.store.StoreException;
import io.arorp.database.store.StoreQuery;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Expiry and the server-side triggers, both on the store's clock. */
public interface TtlAndTriggerContract extends StoreContract {
    StoreQuery ALL = StoreQuery.of("SELECT * FROM c", (d, p, now) -> true);
    StoreQuery EXPIRED_LEASES = StoreQuery.of(
            "SELECT * FROM Subscriptions doc WHERE (doc.leaseExpires ?? 0) < GetCurrentTimestamp() / 1000",
            (d, p, now) -> Fields.number(d, 0, "leaseExpires") * 1000 < now);

    @Test
    default void theContainerDefaultTtlExpiresDocuments() {
        store().create("AsyncOperations", doc("{'id':'op'}"));
        fixture().advance(Duration.ofDays(6));
        assertTrue(store().read("AsyncOperations", "op", "op").isPresent());
        fixture().advance(Duration.ofDays(1).plusMinutes(1));
        assertTrue(store().read("AsyncOperations", "op", "op").isEmpty());
        assertTrue(store().query("AsyncOperations", ALL, null, null, 10).items().isEmpty());
        store().create("AsyncOperations", doc("{'id':'op'}")); // the id is free again
    }

    @Test
    default void aDocumentTtlApplies() {
        store().create("Portal", doc("{'id':'short','ttl':60}"));
        store().create("Portal", doc("{'id':'forever'}"));
        fixture().advance(Duration.ofSeconds(61));
        assertTrue(store().read("Portal", "short", "short").isEmpty());
        assertTrue(store().read("Portal", "forever", "forever").isPresent());
        assertTrue(store().changeFeed("Portal", null, 10).items().stream()
                .noneMatch(d -> d.get("id").asText().equals("short")));
    }

    @Test
    default void renewLeaseAndRetryLaterSetLeaseExpiresFromTheServerClock() {
        fixture().advance(Duration.ofHours(3)); // the server's clock, not the writer's, must count
        long now = fixture().nowMillis() / 1000;
        ObjectNode leased = store().create("Subscriptions", doc("{'id':'s','leaseExpires':0}"), Triggers.RENEW_LEASE);
        assertEquals(now + 60, leased.get("leaseExpires").asLong(), 2);
        ObjectNode later = store().replace("Subscriptions", leased, null, Triggers.RETRY_LATER);
        assertEquals(now + 600, later.get("leaseExpires").asLong(), 2);
        assertTrue(store().query("Subscriptions", EXPIRED_LEASES, null, null, 10).items().isEmpty());
        fixture().advance(Duration.ofSeconds(602));
        assertEquals(1, store().query("Subscriptions", EXPIRED_LEASES, null, null, 10).items().size());
    }

    @Test
    default void billingTimestampsAreSetOnceByTheirOperation() {
        long now = fixture().nowMillis() / 1000;
        ObjectNode created = store().create("Billing", doc("{'id':'b','billing':{'location':'eastus'}}"),
                Triggers.SET_CREATION_BILLING_TIMESTAMP);
        assertEquals(now, created.at("/billing/creationTime").asLong(), 2);
        ObjectNode kept = store().create("Billing", doc("{'id':'b2','billing':{'creationTime':5}}"),
                Triggers.SET_CREATION_BILLING_TIMESTAMP);
        assertEquals(5, kept.at("/billing/creationTime").asLong());
        fixture().advance(Duration.ofHours(1));
        ObjectNode deleted = store().replace("Billing", created, null, Triggers.SET_DELETION_BILLING_TIMESTAMP);
        assertEquals(now + 3600, deleted.at("/billing/deletionTime").asLong(), 2);
        assertEquals(created.at("/billing/creationTime"), deleted.at("/billing/creationTime"));
        ObjectNode again = store().replace("Billing", deleted, null, Triggers.SET_DELETION_BILLING_TIMESTAMP);
        assertEquals(deleted.at("/billing/deletionTime"), again.at("/billing/deletionTime"));
    }

    @Test
    default void aTriggerForAnotherOperationOrAnUnknownTriggerIsRefused() {
        ObjectNode created = store().create("Billing", doc("{'id':'b','billing':{}}"));
        StoreException e = assertThrows(StoreException.class, () -> store().replace("Billing", created, null,
                Triggers.SET_CREATION_BILLING_TIMESTAMP));
        assertEquals(400, e.status(), e.toString());
        e = assertThrows(StoreException.class, () -> store().create("Billing", doc("{'id':'c','billing':{}}"),
                "noSuchTrigger"));
        assertTrue(e.status() == 400 || e.status() == 404, e.toString());
    }
}
