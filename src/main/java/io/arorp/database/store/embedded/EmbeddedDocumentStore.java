package io.arorp.database.store.embedded;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.arorp.database.store.ContainerSpec;
import io.arorp.database.store.DocumentStore;
import io.arorp.database.store.Fields;
import io.arorp.database.store.Page;
import io.arorp.database.store.StoreException;
import io.arorp.database.store.StoreQuery;
import io.arorp.database.store.StoreUnavailableException;
import io.arorp.database.store.Trigger;
import io.arorp.util.json.Jackson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.MVStoreTool;

/**
 * Embedded store on H2's MVStore: a single crash-safe file (copy-on-write pages, atomic commits), pure Java and
 * maintained, so dev needs no database server. H2's SQL layer is not used: documents are JSON values in maps, and
 * each write is committed before it returns, so a killed process loses nothing that was acknowledged.
 *
 * <p>It plays the Cosmos server's part: etags, 409/412, TTL, triggers and {@code GetCurrentTimestamp()} all use the
 * injected clock, so lease expiry can be tested without waiting.
 */
public final class EmbeddedDocumentStore implements DocumentStore {
    private static final String META = "meta";
    private static final String LSN = "lsn";
    private static final int COMPACT_EVERY = 1024;
    private static final int RETENTION_MILLIS = 1000;
    private static final int COMPACT_FILL_RATE = 70;
    private static final int COMPACT_WRITE_BYTES = 4 << 20;

    private final Path file;
    private final MVStore store;
    private final Clock clock;
    private final ObjectMapper json = Jackson.newMapper();
    private final Map<String, EmbeddedContainer> containers = new ConcurrentHashMap<>();
    /** One writer at a time: an etag check and its write must be atomic, and commits are store-wide anyway. */
    private final ReentrantLock writeLock = new ReentrantLock();
    private final MVMap<String, String> meta;

    private EmbeddedDocumentStore(Path file, MVStore store, Clock clock) {
        this.file = file;
        this.store = store;
        this.clock = clock;
        this.meta = store.openMap(META);
    }

    public static EmbeddedDocumentStore open(Path file) {
        return open(file, Clock.systemUTC());
    }

    /** Opens (or creates) the store file; a second process on the same file fails fast with a clear message. */
    public static EmbeddedDocumentStore open(Path file, Clock clock) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the directory of the embedded store " + file, e);
        }
        try {
            if (Files.exists(file)) {
                // Copy-on-write leaves dead chunks behind (a commit per write); rewriting the live data at start-up,
                // before anyone reads, is the one reliable way to give the space back (atomic file replace).
                MVStoreTool.compact(file.toString(), true);
            }
            // Commits are ours (one per write, never half a write). Pages are not compressed: every write commits
            // under the one write lock, and LZF made a commit 2.7x slower (StoreBench upsert mean 1.06 ms against
            // 0.39 ms), capping the whole RP near 1,000 writes/s; the file grows faster between compactions instead.
            MVStore store = new MVStore.Builder().fileName(file.toString()).autoCommitDisabled().open();
            // A chunk whose data is all dead is reused only after the retention time (H2's default: 45 s, for disks
            // that flush late). With a commit per write that kept 45 s of writes' chunks: a 1,000-cluster backend
            // run grew the file to 800 MB and its chunk table to thousands of entries, each commit slower than the
            // last. Every commit has been written to the OS when it returns, so a crashed process loses nothing
            // that a shorter time would; readers are protected by their registered versions, not by this time.
            store.setRetentionTime(RETENTION_MILLIS);
            MVMap<String, String> meta = store.openMap(META);
            meta.putIfAbsent("format", "1");
            store.commit();
            return new EmbeddedDocumentStore(file, store, clock);
        } catch (RuntimeException e) {
            throw new StoreUnavailableException("cannot open the embedded store " + file
                    + " (is another RP process using it?): " + e.getMessage(), e);
        }
    }

    @Override
    public void ensureContainers(List<ContainerSpec> specs) {
        locked(() -> {
            for (ContainerSpec spec : specs) {
                containers.put(spec.name(), new EmbeddedContainer(store, spec, json));
            }
            commit(); // summaries rebuilt for a store written before they existed
            return null;
        });
    }

    @Override
    public ObjectNode create(String container, ObjectNode document, String... preTriggers) {
        return write(container, document, Trigger.Operation.CREATE, null, preTriggers);
    }

    @Override
    public ObjectNode replace(String container, ObjectNode document, String ifMatch, String... preTriggers) {
        return write(container, document, Trigger.Operation.REPLACE, ifMatch, preTriggers);
    }

    @Override
    public ObjectNode upsert(String container, ObjectNode document, String... preTriggers) {
        return write(container, document, null, null, preTriggers);
    }

    @Override
    public Optional<ObjectNode> read(String container, String partitionKey, String id) {
        ObjectNode doc = reading(() -> container(container).get(EmbeddedContainer.storageKey(partitionKey, id),
                nowSeconds()));
        if (doc != null) {
            doc.remove("_lsn");
        }
        return Optional.ofNullable(doc);
    }

    @Override
    public void delete(String container, String partitionKey, String id, String ifMatch) {
        EmbeddedContainer c = container(container);
        String key = EmbeddedContainer.storageKey(partitionKey, id);
        locked(() -> {
            c.purgeExpired(nowSeconds());
            ObjectNode existing = c.get(key, nowSeconds());
            if (existing == null) {
                throw StoreException.notFound(container, id);
            }
            if (ifMatch != null && !ifMatch.equals(existing.path("_etag").asText())) {
                throw StoreException.preconditionFailed(container, id);
            }
            c.remove(key);
            commit(); // durable before it returns, like every other write
            return null;
        });
    }

    @Override
    public Page query(String container, StoreQuery query, String partitionKey, String continuation, int maxItems) {
        return reading(() -> EmbeddedReads.query(container(container), query, partitionKey, continuation, maxItems,
                clock.millis()));
    }

    @Override
    public Page changeFeed(String container, String continuation, int maxItems) {
        return reading(() -> EmbeddedReads.changeFeed(container(container), continuation, maxItems, clock.millis()));
    }

    /**
     * Runs a lock-free read with its store version registered. MVStore drops a chunk once no version it keeps (the
     * last few commits, plus registered ones) needs it; with a commit per write, a read that outlives a handful of
     * writes would otherwise load a page from a dropped chunk ("Chunk ... not found", seen under a 500-cluster load).
     */
    private <T> T reading(java.util.function.Supplier<T> read) {
        ensureOpen();
        MVStore.TxCounter version = store.registerVersionUsage();
        try {
            return read.get();
        } finally {
            store.deregisterVersionUsage(version);
        }
    }

    /** Create (operation CREATE), replace (REPLACE) or upsert (null): the server side of a Cosmos write. */
    private ObjectNode write(String container, ObjectNode document, Trigger.Operation operation, String ifMatch,
            String... preTriggers) {
        EmbeddedContainer c = container(container);
        ObjectNode body = Fields.withoutSystemFields(document);
        return locked(() -> {
            long nowMillis = clock.millis();
            c.purgeExpired(nowMillis / 1000);
            String id = requiredText(body, "id", container);
            String partitionKey = requiredText(body, c.spec.partitionKeyField(), container);
            String key = EmbeddedContainer.storageKey(partitionKey, id);
            ObjectNode existing = c.get(key, nowMillis / 1000);
            Trigger.Operation effective = operation != null ? operation
                    : existing == null ? Trigger.Operation.CREATE : Trigger.Operation.REPLACE;
            checkPrecondition(container, id, effective, existing, ifMatch, operation == null);
            for (String name : preTriggers) {
                Trigger trigger = c.spec.trigger(name);
                if (!trigger.operation().allows(effective)) {
                    throw new StoreException(StoreException.BAD_REQUEST, "trigger " + name + " does not run on "
                            + effective);
                }
                try {
                    trigger.java().apply(body, nowMillis);
                } catch (RuntimeException e) {
                    throw new StoreException(StoreException.BAD_REQUEST, "trigger " + name + " failed: " + e, e);
                }
            }
            c.checkUnique(key, partitionKey, body);
            long lsn = Long.parseLong(meta.getOrDefault(LSN, "0")) + 1;
            meta.put(LSN, Long.toString(lsn));
            body.put("_etag", "\"" + Long.toHexString(lsn) + "\"");
            body.put("_ts", nowMillis / 1000);
            body.put("_lsn", lsn);
            c.put(key, partitionKey, body);
            commit();
            ObjectNode stored = body.deepCopy();
            stored.remove("_lsn");
            return stored;
        });
    }

    private static void checkPrecondition(String container, String id, Trigger.Operation op, ObjectNode existing,
            String ifMatch, boolean upsert) {
        if (op == Trigger.Operation.CREATE && existing != null) {
            throw StoreException.conflict(container, "id " + id);
        }
        if (op == Trigger.Operation.REPLACE && existing == null && !upsert) {
            throw StoreException.notFound(container, id);
        }
        if (ifMatch != null && existing != null && !ifMatch.equals(existing.path("_etag").asText())) {
            throw StoreException.preconditionFailed(container, id);
        }
    }

    private static String requiredText(ObjectNode body, String field, String container) {
        JsonNode value = body.get(field);
        if (value == null || !value.isTextual() || value.asText().isEmpty()) {
            throw new StoreException(StoreException.BAD_REQUEST, "document in " + container + " lacks " + field);
        }
        return value.asText();
    }

    private <T> T locked(java.util.function.Supplier<T> action) {
        ensureOpen();
        writeLock.lock();
        try {
            return action.get();
        } catch (RuntimeException e) {
            // Drop this write's uncommitted changes; earlier writes are committed. Most failures (412, 409, 404) come
            // before any change, and MVStore's rollback resets its chunk layout and caches under the feet of the
            // lock-free readers, so it runs only when there is something to undo.
            if (store.hasUnsavedChanges()) {
                store.rollback();
            }
            throw e;
        } finally {
            writeLock.unlock();
        }
    }

    private void commit() {
        try {
            long version = store.commit();
            if (version % COMPACT_EVERY == 0) {
                store.compact(COMPACT_FILL_RATE, COMPACT_WRITE_BYTES);
            }
        } catch (IllegalStateException e) {
            store.rollback();
            throw new StoreUnavailableException("the embedded store " + file + " failed to commit", e);
        }
    }

    private EmbeddedContainer container(String name) {
        EmbeddedContainer c = containers.get(name);
        if (c == null) {
            throw new IllegalStateException("container " + name + " was not created (call ensureContainers at start-up)");
        }
        return c;
    }

    private long nowSeconds() {
        return clock.millis() / 1000;
    }

    private void ensureOpen() {
        if (store.isClosed()) {
            throw new StoreUnavailableException("the embedded store " + file + " is closed", null);
        }
    }

    @Override
    public void ping() {
        ensureOpen();
        try {
            if (meta.get("format") == null) {
                throw new StoreUnavailableException("the embedded store " + file + " lost its format marker", null);
            }
        } catch (IllegalStateException e) {
            throw new StoreUnavailableException("the embedded store " + file + " failed: " + e.getMessage(), e);
        }
    }

    @Override
    public String describe() {
        return "embedded:" + file;
    }

    @Override
    public void close() {
        if (!store.isClosed()) {
            store.close();
        }
    }
}
