package io.arorp.database;

import static io.arorp.database.store.Fields.number;
import static io.arorp.database.store.Fields.text;

import io.arorp.database.store.DocumentStore;
import io.arorp.database.store.StoreQuery;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The PoolWorkers container (partition = worker type: monitor, mimo-actuator, mimo-scheduler). Workers heartbeat
 * their own document; whoever leases the master document shares the 256 buckets among the live workers.
 */
public final class PoolWorkers {
    /** The master document of a pool when its lease is free or lapsed. */
    public static final StoreQuery MASTER = StoreQuery.of("SELECT * FROM PoolWorkers doc WHERE doc.id = @workerType "
            + "AND doc.workerType = @workerType AND (doc.leaseExpires ?? 0) < GetCurrentTimestamp() / 1000",
            (d, p, now) -> Objects.equals(text(d, "id"), p.get("@workerType"))
                    && Objects.equals(text(d, "workerType"), p.get("@workerType"))
                    && number(d, 0, "leaseExpires") * 1000 < now);
    /** The live workers of a pool (every document but the master). */
    public static final StoreQuery WORKERS = StoreQuery.of("SELECT * FROM PoolWorkers doc WHERE "
            + "doc.id != @workerType AND doc.workerType = @workerType",
            (d, p, now) -> !Objects.equals(text(d, "id"), p.get("@workerType"))
                    && Objects.equals(text(d, "workerType"), p.get("@workerType")));

    private final DocumentCollection<PoolWorkerDocument> c;
    private final LeaseOwner owner;

    public PoolWorkers(DocumentStore store, DocumentCodec codec, LeaseOwner owner) {
        this.c = new DocumentCollection<>(store, Containers.POOL_WORKERS, codec, PoolWorkerDocument.class);
        this.owner = owner;
    }

    public PoolWorkerDocument create(PoolWorkerDocument doc) {
        return c.create(doc);
    }

    public Optional<PoolWorkerDocument> get(String workerType, String id) {
        return c.get(workerType, id);
    }

    /** Leases the pool's master document if its lease is free; empty if another worker holds it or won the race. */
    public Optional<PoolWorkerDocument> tryLease(String workerType) {
        return c.all(MASTER.with("@workerType", workerType), workerType).stream().findFirst()
                .flatMap(master -> Leases.tryLease(c, master, owner));
    }

    public PoolWorkerDocument patchWithLease(String workerType, String id, Mutation<PoolWorkerDocument> mutation) {
        return c.patchOwned(() -> getOrThrow(workerType, id), Leases.whileOwned(c.name(), owner, mutation),
                Triggers.RENEW_LEASE);
    }

    /** The buckets the master document assigns to this process. */
    public List<Integer> listBuckets(String workerType) {
        List<Integer> mine = new ArrayList<>();
        get(workerType, workerType).ifPresent(master -> {
            List<String> buckets = master.getPoolWorker() == null ? List.of() : master.getPoolWorker().getBuckets();
            for (int i = 0; i < buckets.size(); i++) {
                if (owner.id().equals(buckets.get(i))) {
                    mine.add(i);
                }
            }
        });
        return mine;
    }

    public List<PoolWorkerDocument> listPoolWorkers(String workerType) {
        return c.all(WORKERS.with("@workerType", workerType), workerType);
    }

    /** Says this process is alive for another {@code ttlSeconds} (its document expires otherwise). */
    public PoolWorkerDocument heartbeat(String workerType, int ttlSeconds) {
        PoolWorkerDocument doc = get(workerType, owner.id()).orElseGet(PoolWorkerDocument::new);
        doc.setId(owner.id());
        doc.setWorkerType(workerType);
        doc.setTtl(ttlSeconds);
        return c.upsert(doc);
    }

    private PoolWorkerDocument getOrThrow(String workerType, String id) {
        return get(workerType, id).orElseThrow(
                () -> new DocumentNotFoundException("pool worker " + workerType + "/" + id + " does not exist"));
    }
}
