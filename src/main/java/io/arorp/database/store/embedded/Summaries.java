package io.arorp.database.store.embedded;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * Cuts a document down to a few dotted paths, keeping their nesting, so a query's matcher reads the summary exactly
 * as it would read the document. The system fields TTL expiry needs ({@code _ts}, {@code ttl}) are always kept.
 */
final class Summaries {
    private static final List<String> ALWAYS = List.of("_ts", "ttl");

    private Summaries() {
    }

    static ObjectNode of(ObjectNode doc, List<String> paths) {
        ObjectNode summary = doc.objectNode();
        for (String field : ALWAYS) {
            if (doc.has(field)) {
                summary.set(field, doc.get(field));
            }
        }
        for (String path : paths) {
            copy(doc, summary, path.split("\\."));
        }
        return summary;
    }

    private static void copy(ObjectNode from, ObjectNode to, String[] segments) {
        JsonNode source = from;
        ObjectNode target = to;
        for (int i = 0; i < segments.length - 1; i++) {
            source = source.get(segments[i]);
            if (source == null || !source.isObject()) {
                return; // absent (or not an object) on the document: absent on the summary too
            }
            JsonNode existing = target.get(segments[i]);
            target = existing instanceof ObjectNode o ? o : target.putObject(segments[i]);
        }
        JsonNode value = source.get(segments[segments.length - 1]);
        if (value != null) {
            target.set(segments[segments.length - 1], value);
        }
    }
}
