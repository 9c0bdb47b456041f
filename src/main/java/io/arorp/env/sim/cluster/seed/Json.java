package io.arorp.env.sim.cluster.seed;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.arorp.util.json.Jackson;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Terse builders for the seed's JSON, so each object reads like the YAML one would write by hand. */
final class Json {
    private static final ObjectMapper MAPPER = Jackson.newMapper();

    private Json() {
    }

    /** An object from alternating keys and values (strings, numbers, booleans, JSON nodes); null values are skipped. */
    static ObjectNode object(Object... keysAndValues) {
        if (keysAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("keys and values must pair up");
        }
        ObjectNode node = MAPPER.createObjectNode();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            if (keysAndValues[i + 1] != null) {
                node.set((String) keysAndValues[i], value(keysAndValues[i + 1]));
            }
        }
        return node;
    }

    static ArrayNode array(Object... values) {
        ArrayNode array = MAPPER.createArrayNode();
        for (Object value : values) {
            array.add(value(value));
        }
        return array;
    }

    /** A Kubernetes object with apiVersion, kind and metadata (namespace may be null; labels may be null). */
    static ObjectNode resource(String apiVersion, String kind, String namespace, String name, ObjectNode labels) {
        return object("apiVersion", apiVersion, "kind", kind,
                "metadata", object("name", name, "namespace", namespace, "labels", labels));
    }

    /** A status condition as OpenShift operators write them. */
    static ObjectNode condition(String type, boolean status, String reason, String message, Instant at) {
        return object("type", type, "status", status ? "True" : "False", "reason", reason, "message", message,
                "lastTransitionTime", time(at));
    }

    /** RFC 3339 with whole seconds, as Kubernetes writes timestamps. */
    static String time(Instant at) {
        return at.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    private static JsonNode value(Object value) {
        return value instanceof JsonNode node ? node : MAPPER.valueToTree(value);
    }
}
