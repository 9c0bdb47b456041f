package io.arorp.database;

import io.arorp.database.store.StoreQuery;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Lease mechanics shared by the leased collections. A lease is taken by a conditional replace that names this
 * process as owner and runs the renewLease trigger; two workers racing for one document cannot both win, because
 * the loser's replace carries a stale etag.
 */
final class Leases {
    private Leases() {
    }

    /** Wraps a mutation so it aborts with {@link LostLeaseException} unless {@code owner} still holds the lease. */
    static <L extends LeasedDocument> Mutation<L> whileOwned(String container, LeaseOwner owner, Mutation<L> mutation) {
        return document -> {
            if (!owner.id().equals(document.getLeaseOwner())) {
                throw new LostLeaseException("lost lease on " + container + " " + document.getId()
                        + (document.getLeaseOwner().isEmpty() ? " (released)" : " (now held by another worker)"));
            }
            mutation.apply(document);
        };
    }

    /** Heartbeat: extends the lease by another lease period, server clock. */
    static <L extends LeasedDocument> L renew(DocumentCollection<L> c, Supplier<L> read, LeaseOwner owner) {
        return renew(c, read, owner, d -> { });
    }

    /** Heartbeat that also applies {@code alongside} in the same write. */
    static <L extends LeasedDocument> L renew(DocumentCollection<L> c, Supplier<L> read, LeaseOwner owner,
            Mutation<L> alongside) {
        return c.patchOwned(read, whileOwned(c.name(), owner, alongside), Triggers.RENEW_LEASE);
    }

    /**
     * The first document of the query (expired or no lease) this process manages to lease; documents another worker
     * took first are skipped.
     */
    static <L extends LeasedDocument> Optional<L> dequeue(DocumentCollection<L> c, StoreQuery query, LeaseOwner owner) {
        String continuation = null;
        do {
            DocumentPage<L> page = c.page(query, null, continuation, 10);
            for (L candidate : page.items()) {
                Optional<L> leased = tryLease(c, candidate, owner);
                if (leased.isPresent()) {
                    return leased;
                }
            }
            continuation = page.continuation();
        } while (continuation != null);
        return Optional.empty();
    }

    /** Takes the lease of a document read a moment ago, unless someone changed it since. */
    static <L extends LeasedDocument> Optional<L> tryLease(DocumentCollection<L> c, L candidate, LeaseOwner owner) {
        candidate.setLeaseOwner(owner.id());
        candidate.setDequeues(candidate.getDequeues() + 1);
        try {
            return Optional.of(c.replace(candidate, Triggers.RENEW_LEASE));
        } catch (PreconditionFailedException | DocumentNotFoundException e) {
            return Optional.empty();
        }
    }
}
