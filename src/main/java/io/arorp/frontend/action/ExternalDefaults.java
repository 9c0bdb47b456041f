package io.arorp.frontend.action;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.arorp.api.OpenShiftCluster;
import io.arorp.api.version.TreeConverter;
import java.nio.charset.StandardCharsets;

/**
 * Fills the enum fields a customer may leave out (FIPS, encryption at host) with {@code Disabled} before static
 * validation, which rejects empty values. Fields the request's api-version does not declare are dropped again when
 * the tree is read back into the version's types.
 */
final class ExternalDefaults {
    private static final String DISABLED = "Disabled";

    private ExternalDefaults() {
    }

    static Object apply(TreeConverter<OpenShiftCluster> converter, Object external) {
        JsonNode tree = converter.tree(external).deepCopy();
        JsonNode properties = tree.path("properties");
        defaultField(properties.path("clusterProfile"), "fipsValidatedModules");
        defaultField(properties.path("masterProfile"), "encryptionAtHost");
        for (JsonNode worker : properties.path("workerProfiles")) {
            defaultField(worker, "encryptionAtHost");
        }
        return converter.readRequest(null, tree.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static void defaultField(JsonNode parent, String field) {
        if (parent instanceof ObjectNode object && (!object.hasNonNull(field) || object.get(field).asText().isEmpty())) {
            object.put(field, DISABLED);
        }
    }
}
