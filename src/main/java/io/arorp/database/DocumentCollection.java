package io.arorp.database;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.arorp.database.store.ContainerSpec;
import io.arorp.database.store.DocumentStore;
import io.arorp.database.store.Page;
import io.arorp.database.store.StoreException;
import io.arorp.database.store.StoreQuery;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The semantics every collection shares, on top of the store: typed documents, conditional writes, patch with
 * retry on a lost race, leases and dequeue. The public collection classes add their keys and queries.
 */
final class DocumentCollection<D extends Document> {
    /** The original's RetryOnPreconditionFailed: 5 attempts, sleeping 100·i ms after attempt i. */
    static final int ATTEMPTS = 5;
    static final long BACKOFF_MILLIS = 100;

    private final DocumentStore store;
    private final ContainerSpec spec;
    private final DocumentCodec codec;
    private final Class<D> type;

    DocumentCollection(DocumentStore store, ContainerSpec spec, DocumentCodec codec, Class<D> type) {
        this.store = store;
        this.spec = spec;
        this.codec = codec;
        this.type = type;
    }

    String name() {
        return spec.name();
    }

    /** A create that finds the id or a unique key taken fails as a lost race (412), as the original remaps it. */
    D create(D document, String... preTriggers) {
        try {
            return decode(store.create(spec.name(), codec.toJson(document), preTriggers));
        } catch (StoreException e) {
            if (e.isConflict()) {
                throw new PreconditionFailedException(spec.name() + " " + document.getId() + " already exists", e);
            }
            throw translate(e, document.getId());
        }
    }

    Optional<D> get(String partitionKey, String id) {
        return store.read(spec.name(), partitionKey, id).map(this::decode);
    }

    /** Replaces the document if it is still the version that was read. */
    D replace(D document, String... preTriggers) {
        try {
            return decode(store.replace(spec.name(), codec.toJson(document), document.etag, preTriggers));
        } catch (StoreException e) {
            throw translate(e, document.getId());
        }
    }

    D upsert(D document, String... preTriggers) {
        try {
            return decode(store.upsert(spec.name(), codec.toJson(document), preTriggers));
        } catch (StoreException e) {
            throw translate(e, document.getId());
        }
    }

    void delete(String partitionKey, D document) {
        try {
            store.delete(spec.name(), partitionKey, document.getId(), document.etag);
        } catch (StoreException e) {
            throw translate(e, document.getId());
        }
    }

    /** Read, mutate, replace with If-Match; on a lost race read again, up to {@link #ATTEMPTS} times. */
    D patch(Supplier<D> read, Mutation<D> mutation, String... preTriggers) {
        return retryOnPreconditionFailed(() -> patchOnce(read, mutation, preTriggers));
    }

    /**
     * A patch by the holder of the document's lease (the mutation checks ownership on every read). Nobody else
     * should write a leased document, but the holder's own writers (the job and its heartbeat) and a frontend
     * request can collide with it; unlike {@link #patch}, a lost race is retried for as long as the lease itself
     * lasts, with jittered back-off, so a busy store cannot fail a job that still owns its document.
     */
    D patchOwned(Supplier<D> read, Mutation<D> mutation, String... preTriggers) {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(Triggers.LEASE_SECONDS);
        for (int attempt = 0;; attempt++) {
            try {
                return patchOnce(read, mutation, preTriggers);
            } catch (PreconditionFailedException e) {
                if (System.nanoTime() > deadline) {
                    throw e;
                }
                long ceiling = Math.min(BACKOFF_MILLIS << Math.min(attempt, 4), 1000);
                sleep(java.util.concurrent.ThreadLocalRandom.current().nextLong(ceiling / 2, ceiling + 1));
            }
        }
    }

    private D patchOnce(Supplier<D> read, Mutation<D> mutation, String... preTriggers) {
        D document = read.get();
        mutation.apply(document);
        return replace(document, preTriggers);
    }

    /** One page of a query; the continuation is the store's, opaque to callers. */
    DocumentPage<D> page(StoreQuery query, String partitionKey, String continuation, int maxItems) {
        Page page = store.query(spec.name(), query, partitionKey, continuation, maxItems);
        return new DocumentPage<>(page.items().stream().map(this::decode).toList(), page.continuation());
    }

    /** Every match, following continuations. */
    List<D> all(StoreQuery query, String partitionKey) {
        List<D> all = new ArrayList<>();
        String continuation = null;
        do {
            DocumentPage<D> page = page(query, partitionKey, continuation, 100);
            all.addAll(page.items());
            continuation = page.continuation();
        } while (continuation != null);
        return all;
    }

    ChangeFeed<D> changeFeed(String continuation) {
        return new ChangeFeed<>(store, spec.name(), codec, type, continuation);
    }

    private D decode(ObjectNode node) {
        return codec.fromJson(node, type);
    }

    private RuntimeException translate(StoreException e, String id) {
        if (e.isNotFound()) {
            return new DocumentNotFoundException(spec.name() + " " + id + " does not exist");
        }
        if (e.isPreconditionFailed()) {
            return new PreconditionFailedException(spec.name() + " " + id + " changed concurrently", e);
        }
        if (e.isConflict()) {
            return new ConflictException(spec.name() + " " + id + ": " + e.getMessage(), e);
        }
        return e;
    }

    static <T> T retryOnPreconditionFailed(Supplier<T> attempt) {
        PreconditionFailedException last = null;
        for (int i = 0; i < ATTEMPTS; i++) {
            try {
                return attempt.get();
            } catch (PreconditionFailedException e) {
                last = e;
                sleep(BACKOFF_MILLIS * i);
            }
        }
        throw last;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while backing off from a lost race", e);
        }
    }
}
