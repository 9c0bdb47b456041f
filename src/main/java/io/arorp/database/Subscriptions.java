package io.arorp.database;

import static io.arorp.database.store.Fields.flag;
import static io.arorp.database.store.Fields.number;

import io.arorp.database.store.DocumentStore;
import io.arorp.database.store.StoreQuery;
import java.util.Optional;

/** The Subscriptions container (partition = id = lower-case subscription id). */
public final class Subscriptions {
    /** Subscriptions being deleted whose lease is free or lapsed. */
    public static final StoreQuery DEQUEUE = StoreQuery.of("SELECT * FROM Subscriptions doc WHERE "
            + "(doc.deleting ?? false) AND (doc.leaseExpires ?? 0) < GetCurrentTimestamp() / 1000",
            (d, p, now) -> flag(d, "deleting") && number(d, 0, "leaseExpires") * 1000 < now)
            .reading("deleting", "leaseExpires");

    private final DocumentCollection<SubscriptionDocument> c;
    private final LeaseOwner owner;

    public Subscriptions(DocumentStore store, DocumentCodec codec, LeaseOwner owner) {
        this.c = new DocumentCollection<>(store, Containers.SUBSCRIPTIONS, codec, SubscriptionDocument.class);
        this.owner = owner;
    }

    public SubscriptionDocument create(SubscriptionDocument doc) {
        doc.setId(Keys.lower(doc.getId()));
        return c.create(doc);
    }

    public Optional<SubscriptionDocument> get(String id) {
        String lower = Keys.lower(id);
        return c.get(lower, lower);
    }

    public SubscriptionDocument update(SubscriptionDocument doc) {
        return c.replace(doc);
    }

    public SubscriptionDocument patch(String id, Mutation<SubscriptionDocument> mutation) {
        return c.patch(() -> getOrThrow(id), mutation);
    }

    public SubscriptionDocument patchWithLease(String id, Mutation<SubscriptionDocument> mutation) {
        return c.patchOwned(() -> getOrThrow(id), Leases.whileOwned(c.name(), owner, mutation));
    }

    public Optional<SubscriptionDocument> dequeue() {
        return Leases.dequeue(c, DEQUEUE, owner);
    }

    public SubscriptionDocument lease(String id) {
        return Leases.renew(c, () -> getOrThrow(id), owner);
    }

    /**
     * Releases the lease. {@code done}: the deletion finished ({@code deleting} cleared). {@code retryLater}: leave
     * the document alone for {@value Triggers#RETRY_LATER_SECONDS} s (server clock) before dequeuing it again.
     */
    public SubscriptionDocument endLease(String id, boolean done, boolean retryLater) {
        Mutation<SubscriptionDocument> release = Leases.whileOwned(c.name(), owner, doc -> {
            doc.setLeaseOwner(null);
            doc.setDequeues(0);
            if (done) {
                doc.setDeleting(false);
            }
            if (!retryLater) {
                doc.setLeaseExpires(0);
            }
        });
        return retryLater ? c.patchOwned(() -> getOrThrow(id), release, Triggers.RETRY_LATER)
                : c.patchOwned(() -> getOrThrow(id), release);
    }

    /** Gives the lease up without an outcome (shutdown at a safe point); the next dequeue resumes the work. */
    public SubscriptionDocument releaseLease(String id) {
        return c.patchOwned(() -> getOrThrow(id), Leases.whileOwned(c.name(), owner, doc -> {
            doc.setLeaseOwner(null);
            doc.setLeaseExpires(0);
        }));
    }

    public ChangeFeed<SubscriptionDocument> changeFeed(String continuation) {
        return c.changeFeed(continuation);
    }

    private SubscriptionDocument getOrThrow(String id) {
        return get(id).orElseThrow(() -> new DocumentNotFoundException("subscription " + id + " does not exist"));
    }
}
