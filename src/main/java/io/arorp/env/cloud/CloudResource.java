package io.arorp.env.cloud;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.Objects;

/**
 * An Azure resource as ARM describes it. The cluster steps build the few they deploy (storage accounts, NSG, load
 * balancers, public IPs, VMs) from this shape, so prod can hand them to an ARM deployment unchanged.
 *
 * @param id         the ARM id
 * @param type       e.g. {@code Microsoft.Network/networkSecurityGroups}
 * @param location   Azure region
 * @param managedBy  the ARM id of the resource managing this one (a cluster's resource group), or null
 * @param tags       ARM tags
 * @param properties the resource's {@code properties}
 */
public record CloudResource(String id, String type, String location, String managedBy, Map<String, String> tags,
        ObjectNode properties) {
    public CloudResource {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        tags = tags == null ? Map.of() : Map.copyOf(tags);
        properties = properties == null ? JsonNodeFactory.instance.objectNode() : properties;
    }

    public static CloudResource of(String id, String type, String location, ObjectNode properties) {
        return new CloudResource(id, type, location, null, Map.of(), properties);
    }

    /** The last segment of the id. */
    public String name() {
        return id.substring(id.lastIndexOf('/') + 1);
    }
}
