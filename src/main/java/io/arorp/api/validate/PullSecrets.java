package io.arorp.api.validate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;

/** A pull secret is empty or a Docker config: a JSON object whose {@code auths} maps registries to objects. */
final class PullSecrets {
    private final ObjectMapper mapper = new ObjectMapper();

    boolean isValid(String pullSecret) {
        if (pullSecret == null || pullSecret.isEmpty()) {
            return true;
        }
        try {
            JsonNode n = mapper.readTree(pullSecret);
            if (n == null || !n.isObject()) {
                return false;
            }
            JsonNode auths = n.get("auths");
            if (auths == null || auths.isNull()) {
                return true;
            }
            if (!auths.isObject()) {
                return false;
            }
            for (JsonNode a : auths) {
                if (!a.isObject() && !a.isNull()) {
                    return false;
                }
            }
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
