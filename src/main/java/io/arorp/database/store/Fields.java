package io.arorp.database.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Set;

/**
 * Reads fields of a JSON document the way Cosmos SQL does, so predicates written next to a query's SQL read like it:
 * a missing field is "undefined" (null here), {@code ?? 0} is {@link #number(JsonNode, long, String...)}.
 */
public final class Fields {
    /** Properties Cosmos owns; writers never send them and stores set them. */
    public static final Set<String> SYSTEM = Set.of("_rid", "_self", "_etag", "_attachments", "_ts", "_lsn", "_metadata");

    private Fields() {
    }

    /** The node at a path of field names, or null if any step is missing. */
    public static JsonNode at(JsonNode doc, String... path) {
        JsonNode node = doc;
        for (String field : path) {
            if (node == null || !node.isObject()) {
                return null;
            }
            node = node.get(field);
        }
        return node == null || node.isMissingNode() ? null : node;
    }

    /** The string at a path, or null when missing or not a string (Cosmos compares types strictly). */
    public static String text(JsonNode doc, String... path) {
        JsonNode node = at(doc, path);
        return node != null && node.isTextual() ? node.asText() : null;
    }

    /** {@code (doc.path ?? fallback)} for a number. */
    public static long number(JsonNode doc, long fallback, String... path) {
        JsonNode node = at(doc, path);
        return node != null && node.isNumber() ? node.asLong() : fallback;
    }

    /** {@code (doc.path ?? false)} for a boolean. */
    public static boolean flag(JsonNode doc, String... path) {
        JsonNode node = at(doc, path);
        return node != null && node.isBoolean() && node.asBoolean();
    }

    /** A copy without the system properties, as a writer's body reaches the server. */
    public static ObjectNode withoutSystemFields(ObjectNode doc) {
        ObjectNode copy = doc.deepCopy();
        copy.remove(SYSTEM);
        return copy;
    }
}
