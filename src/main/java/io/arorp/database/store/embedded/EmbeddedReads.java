package io.arorp.database.store.embedded;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.arorp.database.store.Page;
import io.arorp.database.store.StoreException;
import io.arorp.database.store.StoreQuery;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.h2.mvstore.Cursor;

/**
 * Queries and change feeds over a container's maps. Continuations are positions in an ordered map (the last storage
 * key or sequence number returned), so paging stays correct while other writers change the container.
 */
final class EmbeddedReads {
    private EmbeddedReads() {
    }

    static Page query(EmbeddedContainer c, StoreQuery query, String partitionKey, String continuation, int maxItems,
            long nowMillis) {
        if (query.lookup() != null && partitionKey != null) {
            return lookup(c, query, partitionKey, continuation, nowMillis);
        }
        boolean covered = c.covers(query.reads());
        String prefix = partitionKey == null ? "" : EmbeddedContainer.partitionPrefix(partitionKey);
        String from = continuation == null ? prefix : decode(continuation);
        boolean skipFrom = continuation != null;
        long nowSeconds = nowMillis / 1000;
        List<ObjectNode> items = new ArrayList<>();
        String last = null;
        // A covered query tests each document's small summary and parses only the documents that match it.
        for (Cursor<String, String> it = (covered ? c.summaries : c.docs).cursor(from); it.hasNext();) {
            String key = it.next();
            if (skipFrom && key.equals(from)) {
                continue;
            }
            if (!key.startsWith(prefix)) {
                break;
            }
            ObjectNode doc = c.parse(it.getValue());
            if (c.isExpired(doc, nowSeconds) || !query.matcher().matches(doc, query.parameters(), nowMillis)) {
                continue;
            }
            if (covered) {
                doc = c.get(key, nowSeconds); // re-checked: the document may have changed since its summary was read
                if (doc == null || !query.matcher().matches(doc, query.parameters(), nowMillis)) {
                    continue;
                }
            }
            if (items.size() == maxItems) {
                return new Page(items, encode(last)); // a further match exists: hand out a continuation
            }
            doc.remove("_lsn");
            items.add(project(doc, query));
            last = key;
        }
        return new Page(items, null);
    }

    /** An equality on a unique key within one partition: at most one document, found through the unique index. */
    private static Page lookup(EmbeddedContainer c, StoreQuery query, String partitionKey, String continuation,
            long nowMillis) {
        if (continuation != null) {
            return new Page(List.of(), null);
        }
        String key = c.lookupUnique(partitionKey, query.lookup().field(),
                query.parameters().get(query.lookup().parameter()));
        ObjectNode doc = key == null ? null : c.get(key, nowMillis / 1000);
        if (doc == null || !query.matcher().matches(doc, query.parameters(), nowMillis)) {
            return new Page(List.of(), null);
        }
        doc.remove("_lsn");
        return new Page(List.of(project(doc, query)), null);
    }

    static Page changeFeed(EmbeddedContainer c, String continuation, int maxItems, long nowMillis) {
        long after = continuation == null ? 0 : parseLsn(continuation);
        long nowSeconds = nowMillis / 1000;
        List<ObjectNode> items = new ArrayList<>();
        long last = after;
        for (Cursor<Long, String> it = c.feed.cursor(after + 1); it.hasNext() && items.size() < maxItems;) {
            last = it.next();
            ObjectNode doc = c.get(it.getValue(), nowSeconds);
            if (doc != null) {
                items.add(doc);
            }
        }
        return new Page(items, Long.toString(last));
    }

    private static ObjectNode project(ObjectNode doc, StoreQuery query) {
        if (query.fields().isEmpty()) {
            return doc;
        }
        ObjectNode projected = doc.objectNode();
        for (String field : query.fields()) {
            if (doc.has(field)) {
                projected.set(field, doc.get(field));
            }
        }
        return projected;
    }

    private static long parseLsn(String continuation) {
        try {
            return Long.parseLong(continuation);
        } catch (NumberFormatException e) {
            throw new StoreException(StoreException.BAD_REQUEST, "malformed change feed continuation", e);
        }
    }

    private static String encode(String key) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(key.getBytes(StandardCharsets.UTF_8));
    }

    private static String decode(String continuation) {
        try {
            return new String(Base64.getUrlDecoder().decode(continuation), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new StoreException(StoreException.BAD_REQUEST, "malformed query continuation", e);
        }
    }
}
