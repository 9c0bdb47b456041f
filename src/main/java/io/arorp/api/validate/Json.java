package io.arorp.api.validate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;

/** Reads an external object's JSON the way Go reads zero values: an absent string is "", an absent number 0. */
final class Json {
    private Json() {
    }

    static JsonNode at(JsonNode node, String dotted) {
        JsonNode n = node;
        for (String s : dotted.split("\\.")) {
            n = n == null ? null : n.get(s);
        }
        return n == null || n.isNull() ? MissingNode.getInstance() : n;
    }

    static boolean present(JsonNode node, String dotted) {
        return !at(node, dotted).isMissingNode();
    }

    static String text(JsonNode node, String dotted) {
        JsonNode n = at(node, dotted);
        return n.isMissingNode() ? "" : n.asText();
    }

    static long number(JsonNode node, String dotted) {
        return at(node, dotted).asLong(0);
    }
}
