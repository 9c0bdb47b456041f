package io.arorp.api.validate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import io.arorp.api.CloudException;
import io.arorp.api.schema.Mutable;
import io.arorp.api.schema.Schema;
import io.arorp.api.schema.Schema.Property;
import java.util.Iterator;
import java.util.Optional;

/**
 * Compares an update with the stored state field by field. Every field is immutable unless its external type marks it
 * {@link Mutable}; read-only fields are the RP's and are not compared. The first difference in declaration order is
 * reported as 400 PropertyChangeNotAllowed with its JSON path as target.
 */
public final class ImmutabilityCheck {
    private ImmutabilityCheck() {
    }

    public static void check(Class<?> type, JsonNode next, JsonNode current) {
        Optional<String> path = firstChange(type, next, current, "");
        if (path.isPresent()) {
            throw new CloudException(400, "PropertyChangeNotAllowed", path.get(),
                    "Changing property '" + path.get() + "' is not allowed.");
        }
    }

    /** The path of the first immutable difference, if any. */
    public static Optional<String> firstChange(Class<?> type, JsonNode next, JsonNode current, String path) {
        for (Property p : Schema.properties(type)) {
            Optional<Mutable> mutable = p.mutable();
            if (p.readOnly() || (mutable.isPresent() && !mutable.get().ignoreCase())) {
                continue;
            }
            String child = path.isEmpty() ? p.name() : path + "." + p.name();
            JsonNode a = field(next, p.name());
            JsonNode b = field(current, p.name());
            Optional<String> diff = compare(p, a, b, child, mutable.isPresent());
            if (diff.isPresent()) {
                return diff;
            }
        }
        return Optional.empty();
    }

    private static Optional<String> compare(Property p, JsonNode a, JsonNode b, String path, boolean ignoreCase) {
        Class<?> record = p.recordType();
        switch (p.shape()) {
            case OBJECT:
                // an absent profile and an empty one mean the same
                return firstChange(record, a, b, path);
            case LIST:
                if (record == null) {
                    return equal(a, b, false) ? Optional.empty() : Optional.of(path);
                }
                if (a.size() != b.size()) {
                    return Optional.of(path);
                }
                for (int i = 0; i < a.size(); i++) {
                    JsonNode name = a.get(i).get("name");
                    String index = name != null && name.isTextual() ? "['" + name.asText() + "']" : "[" + i + "]";
                    Optional<String> d = firstChange(record, a.get(i), b.get(i), path + index);
                    if (d.isPresent()) {
                        return d;
                    }
                }
                return Optional.empty();
            case MAP:
                if (record == null) {
                    return equal(a, b, false) ? Optional.empty() : Optional.of(path);
                }
                if (a.size() != b.size()) {
                    return Optional.of(path);
                }
                for (Iterator<String> it = a.fieldNames(); it.hasNext();) {
                    String key = it.next();
                    if (!b.has(key)) {
                        return Optional.of(path);
                    }
                    Optional<String> d = firstChange(record, a.get(key), b.get(key), path + "[\"" + key + "\"]");
                    if (d.isPresent()) {
                        return d;
                    }
                }
                return Optional.empty();
            default:
                return equal(a, b, ignoreCase) ? Optional.empty() : Optional.of(path);
        }
    }

    private static boolean equal(JsonNode a, JsonNode b, boolean ignoreCase) {
        if (ignoreCase && a.isTextual() && b.isTextual()) {
            return a.asText().equalsIgnoreCase(b.asText());
        }
        if (a.isMissingNode() || b.isMissingNode()) {
            return a.isMissingNode() == b.isMissingNode() || isEmpty(a.isMissingNode() ? b : a);
        }
        return a.equals(b);
    }

    private static boolean isEmpty(JsonNode n) {
        return (n.isContainerNode() && n.isEmpty()) || (n.isTextual() && n.asText().isEmpty());
    }

    /** A missing or null field reads as missing, so absent, null and (for containers) empty compare alike. */
    private static JsonNode field(JsonNode node, String name) {
        JsonNode v = node == null ? null : node.get(name);
        return v == null || v.isNull() ? MissingNode.getInstance() : v;
    }
}
