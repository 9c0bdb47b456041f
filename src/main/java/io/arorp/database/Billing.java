package io.arorp.database;

import io.arorp.database.store.DocumentStore;
import io.arorp.database.store.StoreQuery;
import java.util.Optional;

/**
 * The Billing container (partition = id). Creation and deletion times come from server-side triggers, so a retried
 * create or deletion keeps the first time recorded.
 */
public final class Billing {
    public static final StoreQuery ALL = StoreQuery.of("SELECT * FROM Billing doc", (d, p, now) -> true);

    private final DocumentCollection<BillingDocument> c;

    public Billing(DocumentStore store, DocumentCodec codec) {
        this.c = new DocumentCollection<>(store, Containers.BILLING, codec, BillingDocument.class);
    }

    /** Records creation now (server clock); {@link PreconditionFailedException} if the record already exists. */
    public BillingDocument create(BillingDocument doc) {
        if (doc.getKey() != null) {
            Keys.requireLower(doc.getKey());
        }
        return c.create(doc, Triggers.SET_CREATION_BILLING_TIMESTAMP);
    }

    public Optional<BillingDocument> get(String id) {
        return c.get(id, id);
    }

    /** Records deletion now (server clock), unless a deletion time is already set. */
    public BillingDocument markForDeletion(String id) {
        return c.patch(() -> getOrThrow(id), d -> { }, Triggers.SET_DELETION_BILLING_TIMESTAMP);
    }

    public BillingDocument updateLastBillingTimestamp(String id, long unixSeconds) {
        return c.patch(() -> getOrThrow(id), d -> d.getBilling().setLastBillingTime(unixSeconds));
    }

    public void delete(BillingDocument doc) {
        c.delete(doc.getId(), doc);
    }

    public DocumentPage<BillingDocument> list(String continuation, int pageSize) {
        return c.page(ALL, null, continuation, pageSize);
    }

    private BillingDocument getOrThrow(String id) {
        return get(id).orElseThrow(() -> new DocumentNotFoundException("billing record " + id + " does not exist"));
    }
}
