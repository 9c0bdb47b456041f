package io.arorp.api.version;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.arorp.api.schema.RequestOnly;
import io.arorp.api.schema.Schema;
import io.arorp.api.schema.Schema.Property;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/**
 * Writes an external object's fields over an internal document, both as JSON trees. Only the fields the external type
 * declares are touched, so internal-only fields, fields of other versions and unknown fields all survive; read-only
 * fields are the RP's and are never taken from a caller.
 */
final class TreeMerge {
    private final Set<String> keepWhenAbsent;

    /** @param keepWhenAbsent internal paths (secrets) whose stored value stays when the external one is absent */
    TreeMerge(Set<String> keepWhenAbsent) {
        this.keepWhenAbsent = keepWhenAbsent;
    }

    void merge(ObjectNode target, JsonNode source, Class<?> type, Map<String, String> renames, String path) {
        for (Property p : Schema.properties(type)) {
            if (p.readOnly() || p.annotation(RequestOnly.class).isPresent()) {
                continue;
            }
            String name = renames.getOrDefault(p.name(), p.name());
            String childPath = path.isEmpty() ? name : path + "." + name;
            JsonNode value = source == null ? null : source.get(p.name());
            if (value != null && value.isNull()) {
                value = null;
            }
            if (value == null && keepWhenAbsent.contains(childPath)) {
                continue;
            }
            JsonNode merged = mergeValue(target.get(name), value, p, childPath);
            if (merged == null) {
                target.remove(name);
            } else {
                target.set(name, merged);
            }
        }
    }

    private JsonNode mergeValue(JsonNode existing, JsonNode value, Property p, String path) {
        Class<?> record = p.recordType();
        if (record == null) {
            return value == null ? null : value.deepCopy();
        }
        return switch (p.shape()) {
            case OBJECT -> mergeObject(existing, value, record, path);
            case LIST -> value == null ? null : mergeList(existing, value, record, path);
            case MAP -> value == null ? null : mergeMap(existing, value, record, path);
            case SCALAR -> throw new IllegalStateException(path);
        };
    }

    private JsonNode mergeObject(JsonNode existing, JsonNode value, Class<?> record, String path) {
        ObjectNode target = existing instanceof ObjectNode o ? o.deepCopy() : JsonNodeFactory.instance.objectNode();
        merge(target, value, record, Map.of(), path);
        return target.isEmpty() && value == null ? null : target;
    }

    private JsonNode mergeList(JsonNode existing, JsonNode value, Class<?> record, String path) {
        ArrayNode out = JsonNodeFactory.instance.arrayNode();
        for (int i = 0; i < value.size(); i++) {
            JsonNode old = existing != null && existing.isArray() ? existing.get(i) : null;
            out.add(mergeObject(old, value.get(i), record, path));
        }
        return out;
    }

    private JsonNode mergeMap(JsonNode existing, JsonNode value, Class<?> record, String path) {
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode old = existing == null ? null : existing.get(e.getKey());
            JsonNode merged = mergeObject(old, e.getValue(), record, path);
            out.set(e.getKey(), merged == null ? JsonNodeFactory.instance.objectNode() : merged);
        }
        return out;
    }

    /** Removes every read-only property, recursively. */
    static void stripReadOnly(JsonNode node, Class<?> type) {
        if (!(node instanceof ObjectNode o)) {
            return;
        }
        for (Property p : Schema.properties(type)) {
            if (p.readOnly()) {
                o.remove(p.name());
                continue;
            }
            JsonNode child = o.get(p.name());
            Class<?> record = p.recordType();
            if (child == null || record == null) {
                continue;
            }
            switch (p.shape()) {
                case OBJECT -> stripReadOnly(child, record);
                case LIST -> child.forEach(e -> stripReadOnly(e, record));
                case MAP -> child.forEach(e -> stripReadOnly(e, record));
                default -> {
                }
            }
        }
    }
}
