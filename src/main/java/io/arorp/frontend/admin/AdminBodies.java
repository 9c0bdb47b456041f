package io.arorp.frontend.admin;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.arorp.api.CloudException;
import io.arorp.util.json.Jackson;
import java.io.IOException;

/**
 * Reads admin request bodies and stored JSON into the admin API's records, answering bad bodies the way the
 * original's admin handlers do: no body or not JSON at all, then JSON that does not fit the type.
 */
final class AdminBodies {
    private static final ObjectMapper JSON = Jackson.newMapper();

    private AdminBodies() {
    }

    static <T> T read(byte[] body, Class<T> type) {
        JsonNode tree;
        try {
            tree = body == null || body.length == 0 ? null : JSON.readTree(body);
        } catch (IOException e) {
            tree = null;
        }
        if (tree == null || tree.isMissingNode()) {
            throw new CloudException(400, "InvalidRequestContent", null,
                    "The request content was invalid and could not be deserialized.");
        }
        try {
            return JSON.treeToValue(tree, type);
        } catch (JsonProcessingException e) {
            throw new CloudException(400, "InvalidRequestContent", null,
                    "The request content could not be deserialized: " + e.getOriginalMessage());
        }
    }

    /** A stored JSON object as a record (stored documents were written by this code, so they fit). */
    static <T> T convert(ObjectNode stored, Class<T> type) {
        try {
            return JSON.treeToValue(stored, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored " + type.getSimpleName() + " cannot be read", e);
        }
    }

    /** A record as a JSON object to store, absent fields left out. */
    static ObjectNode tree(Object value) {
        return JSON.valueToTree(value);
    }
}
