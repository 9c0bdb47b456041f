package io.arorp.env.azure;

import com.azure.resourcemanager.resources.fluent.models.GenericResourceExpandedInner;
import com.azure.resourcemanager.resources.fluent.models.GenericResourceInner;
import com.azure.resourcemanager.resources.fluent.models.ResourceGroupInner;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.arorp.env.cloud.CloudResource;
import io.arorp.util.json.Jackson;
import java.util.Map;

/** Converts the SDK's resource models to the RP's {@link CloudResource}, the shape every cloud seam speaks. */
final class CloudResources {
    private static final ObjectMapper MAPPER = Jackson.newMapper();

    private CloudResources() {
    }

    static CloudResource of(ResourceGroupInner group) {
        ObjectNode properties = MAPPER.createObjectNode();
        if (group.properties() != null) {
            properties.put("provisioningState", group.properties().provisioningState());
        }
        return new CloudResource(group.id(), "Microsoft.Resources/resourceGroups", group.location(),
                group.managedBy(), group.tags(), properties);
    }

    /** With its SKU and kind: written back through a deployment, a resource must keep them (ARM does not guess). */
    static CloudResource of(GenericResourceInner r) {
        return new CloudResource(r.id(), r.type(), r.location(), r.managedBy(), r.tags(), properties(r.properties()),
                r.sku() == null ? null : r.sku().name(), r.kind());
    }

    static CloudResource of(GenericResourceExpandedInner r) {
        return new CloudResource(r.id(), r.type(), r.location(), r.managedBy(), r.tags(), properties(r.properties()),
                r.sku() == null ? null : r.sku().name(), r.kind());
    }

    static Map<String, Object> toMap(JsonNode node) {
        return MAPPER.convertValue(node, new TypeReference<Map<String, Object>>() { });
    }

    private static ObjectNode properties(Object properties) {
        JsonNode node = properties == null ? null : MAPPER.valueToTree(properties);
        return node != null && node.isObject() ? (ObjectNode) node : MAPPER.createObjectNode();
    }
}
