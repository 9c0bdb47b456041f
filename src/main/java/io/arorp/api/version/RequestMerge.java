package io.arorp.api.version;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.arorp.api.schema.Schema;
import io.arorp.api.schema.Schema.Property;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/**
 * Lays a request body over a base object the way the original RP's JSON decoding does: objects merge field by field,
 * arrays are replaced, maps gain or replace entries; except the maps named in {@code replacedMaps} (tags, the
 * cluster's user-assigned identities), which a body replaces whole so a caller can remove entries.
 */
final class RequestMerge {
    private final Set<String> replacedMaps;

    RequestMerge(Set<String> replacedMaps) {
        this.replacedMaps = replacedMaps;
    }

    void merge(ObjectNode base, JsonNode body, Class<?> type, String path) {
        for (Iterator<Map.Entry<String, JsonNode>> it = body.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            Property p = Schema.properties(type).stream().filter(x -> x.name().equals(e.getKey())).findFirst()
                    .orElse(null);
            JsonNode value = e.getValue();
            JsonNode old = base.get(e.getKey());
            String childPath = path.isEmpty() ? e.getKey() : path + "." + e.getKey();
            if (p == null || value.isNull() || !(old instanceof ObjectNode oldObject) || !value.isObject()) {
                base.set(e.getKey(), value.deepCopy());
            } else if (p.shape() == Schema.Shape.OBJECT) {
                merge(oldObject, value, p.rawType(), childPath);
            } else if (p.shape() == Schema.Shape.MAP && !replacedMaps.contains(childPath)) {
                value.fields().forEachRemaining(entry -> oldObject.set(entry.getKey(), entry.getValue().deepCopy()));
            } else {
                base.set(e.getKey(), value.deepCopy());
            }
        }
    }
}
