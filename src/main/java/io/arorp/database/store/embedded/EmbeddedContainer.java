package io.arorp.database.store.embedded;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.arorp.database.store.ContainerSpec;
import io.arorp.database.store.StoreException;
import java.io.UncheckedIOException;
import java.util.List;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

/**
 * The maps of one container: documents by partition key and id, a unique-key index, the change feed (one entry per
 * document at its latest write, ordered by a store-wide sequence number), an expiry index for TTL and a summary of
 * each document's indexed paths (see {@link ContainerSpec#indexedPaths()}). The store serialises writes; reads see
 * the latest committed maps without locking.
 */
final class EmbeddedContainer {
    private static final char SEP = '\u0000';

    final ContainerSpec spec;
    final MVMap<String, String> docs;
    private final MVMap<String, String> unique;
    final MVMap<Long, String> feed;
    private final MVMap<String, String> expiry;
    /** Storage key to a small JSON of the document's indexed paths, in the same order as {@link #docs}. */
    final MVMap<String, String> summaries;
    private final ObjectMapper json;

    EmbeddedContainer(MVStore store, ContainerSpec spec, ObjectMapper json) {
        this.spec = spec;
        this.docs = store.openMap("docs:" + spec.name());
        this.unique = store.openMap("unique:" + spec.name());
        this.feed = store.openMap("feed:" + spec.name());
        this.expiry = store.openMap("expiry:" + spec.name());
        this.summaries = store.openMap("summary:" + spec.name());
        this.json = json;
        rebuildSummariesIfStale(store.openMap("summarypaths:" + spec.name()));
    }

    /**
     * A store written before the index existed, or with other indexed paths, gets its summaries rebuilt once at
     * start-up; the caller commits.
     */
    private void rebuildSummariesIfStale(MVMap<String, String> paths) {
        String wanted = String.join(",", spec.indexedPaths());
        if (wanted.equals(paths.get("paths")) && summaries.size() == docs.size()) {
            return;
        }
        summaries.clear();
        if (!spec.indexedPaths().isEmpty()) {
            for (var it = docs.cursor(null); it.hasNext();) {
                String key = it.next();
                summaries.put(key, write(Summaries.of(parse(it.getValue()), spec.indexedPaths())));
            }
        }
        paths.put("paths", wanted);
    }

    /** Whether the summaries hold every path in {@code paths}, so a matcher reading only those can run on them. */
    boolean covers(List<String> paths) {
        return !paths.isEmpty() && spec.indexedPaths().containsAll(paths);
    }

    /** The storage key of the document holding {@code value} at unique key {@code /field}, or null. */
    String lookupUnique(String partitionKey, String field, Object value) {
        String path = "/" + field;
        if (!spec.uniqueKeyPaths().contains(path)) {
            throw new IllegalArgumentException(spec.name() + " has no unique key " + path);
        }
        String text = value == null ? "null" : json.valueToTree(value).toString();
        return unique.get(partitionKey + SEP + path + SEP + text);
    }

    static String storageKey(String partitionKey, String id) {
        return partitionKey + SEP + id;
    }

    static String partitionPrefix(String partitionKey) {
        return partitionKey + SEP;
    }

    /** The stored document, or null when absent or expired. */
    ObjectNode get(String key, long nowSeconds) {
        String value = docs.get(key);
        if (value == null) {
            return null;
        }
        ObjectNode doc = parse(value);
        return isExpired(doc, nowSeconds) ? null : doc;
    }

    /** Cosmos TTL: the container default applies unless the document sets its own; -1 means never. */
    boolean isExpired(JsonNode doc, long nowSeconds) {
        long expires = expiresAt(doc);
        return expires >= 0 && expires <= nowSeconds;
    }

    private long expiresAt(JsonNode doc) {
        if (spec.defaultTtl() == null) {
            return -1;
        }
        JsonNode own = doc.get("ttl");
        long ttl = own != null && own.isNumber() ? own.asLong() : spec.defaultTtl();
        return ttl > 0 ? doc.path("_ts").asLong() + ttl : -1;
    }

    /** Fails with 409 if another document of the partition holds one of this document's unique keys. */
    void checkUnique(String key, String partitionKey, ObjectNode doc) {
        for (String path : spec.uniqueKeyPaths()) {
            String owner = unique.get(uniqueKey(partitionKey, path, doc));
            if (owner != null && !owner.equals(key)) {
                throw StoreException.conflict(spec.name(), path.substring(1));
            }
        }
    }

    /**
     * Writes a document and its index entries, then drops the entries of the version it replaces that the new one
     * does not share. In that order, because readers take no lock: they always find either the old or the new
     * version through every index, never neither.
     */
    void put(String key, String partitionKey, ObjectNode doc) {
        String previous = docs.get(key);
        docs.put(key, write(doc));
        if (!spec.indexedPaths().isEmpty()) {
            summaries.put(key, write(Summaries.of(doc, spec.indexedPaths())));
        }
        feed.put(doc.get("_lsn").asLong(), key);
        for (String path : spec.uniqueKeyPaths()) {
            unique.put(uniqueKey(partitionKey, path, doc), key);
        }
        long expires = expiresAt(doc);
        if (expires >= 0) {
            expiry.put(expiryKey(expires, key), "");
        }
        if (previous != null) {
            removeIndexes(key, partitionKey, parse(previous), doc);
        }
    }

    /** Removes a document and its index entries (whether or not it has expired). */
    void remove(String key) {
        String value = docs.get(key);
        if (value != null) {
            removeIndexes(key, key.substring(0, key.indexOf(SEP)), parse(value), null);
        }
        summaries.remove(key);
        docs.remove(key);
    }

    /** Removes the index entries of {@code old} that {@code kept} (the version replacing it, or null) does not have. */
    private void removeIndexes(String key, String partitionKey, ObjectNode old, ObjectNode kept) {
        feed.remove(old.path("_lsn").asLong());
        for (String path : spec.uniqueKeyPaths()) {
            String entry = uniqueKey(partitionKey, path, old);
            if (kept == null || !entry.equals(uniqueKey(partitionKey, path, kept))) {
                unique.remove(entry, key);
            }
        }
        long expires = expiresAt(old);
        if (expires >= 0 && (kept == null || expires != expiresAt(kept))) {
            expiry.remove(expiryKey(expires, key));
        }
    }

    /** Deletes every document whose time has come, so ids and unique keys become free again. */
    void purgeExpired(long nowSeconds) {
        String upTo = expiryKey(nowSeconds, "\uffff");
        for (var it = expiry.keyIterator(null); it.hasNext();) {
            String entry = it.next();
            if (entry.compareTo(upTo) > 0) {
                break;
            }
            remove(entry.substring(entry.indexOf(SEP) + 1));
        }
    }

    private static String expiryKey(long expiresAtSeconds, String key) {
        return String.format("%019d", expiresAtSeconds) + SEP + key;
    }

    /** Cosmos treats a missing unique-key value as null, so two documents missing it collide too. */
    private String uniqueKey(String partitionKey, String path, JsonNode doc) {
        JsonNode value = doc.get(path.substring(1));
        return partitionKey + SEP + path + SEP + (value == null ? "null" : value.toString());
    }

    ObjectNode parse(String value) {
        try {
            return (ObjectNode) json.readTree(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("corrupt document in " + spec.name(), e);
        }
    }

    private String write(ObjectNode doc) {
        try {
            return json.writeValueAsString(doc);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
