package io.arorp.env.sim.cluster.bridge;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * {@code fieldSelector=spec.nodeName=<node>} on pod lists, which the API server supports (kubectl drain and the
 * kubelet list a node's pods that way) and the mock does not: the term is taken out of the query sent to the mock and
 * applied to the list it answers.
 */
final class PodFieldSelectors {
    private static final Pattern POD_LIST = Pattern.compile("^/api/v1(/namespaces/[^/]+)?/pods/?$");
    private static final String TERM = "spec.nodeName=";

    private final ObjectMapper mapper;

    /** A query without the node term, and the node it asked for (null when it did not). */
    record Split(String query, String node) {
    }

    PodFieldSelectors(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    static Split split(String method, String path, String query) {
        if (!method.equals("GET") || query == null || !POD_LIST.matcher(path).matches()) {
            return new Split(query, null);
        }
        List<String> kept = new ArrayList<>();
        String node = null;
        for (String pair : query.split("&")) {
            if (!pair.startsWith("fieldSelector=")) {
                kept.add(pair);
                continue;
            }
            List<String> terms = new ArrayList<>();
            for (String term : URLDecoder.decode(pair.substring("fieldSelector=".length()), StandardCharsets.UTF_8)
                    .split(",")) {
                if (term.startsWith(TERM)) {
                    node = term.substring(TERM.length());
                } else if (!term.isEmpty()) {
                    terms.add(term);
                }
            }
            if (!terms.isEmpty()) {
                kept.add("fieldSelector=" + URLEncoder.encode(String.join(",", terms), StandardCharsets.UTF_8));
            }
        }
        return new Split(kept.isEmpty() ? null : String.join("&", kept), node);
    }

    /** The list answer with only the node's pods; anything else unchanged. */
    byte[] filter(byte[] body, String node) throws IOException {
        JsonNode list = mapper.readTree(body);
        if (!(list instanceof ObjectNode object) || !list.path("items").isArray()) {
            return body;
        }
        ArrayNode items = mapper.createArrayNode();
        list.path("items").forEach(pod -> {
            if (node.equals(pod.path("spec").path("nodeName").asText())) {
                items.add(pod);
            }
        });
        object.set("items", items);
        return mapper.writeValueAsBytes(object);
    }
}
