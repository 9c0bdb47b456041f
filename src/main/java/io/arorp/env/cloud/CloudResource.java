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
 * @param sku        the SKU name ({@code Standard_LRS}, {@code Standard}), or null where the type has none
 * @param kind       the resource kind ({@code StorageV2}), or null
 */
public record CloudResource(String id, String type, String location, String managedBy, Map<String, String> tags,
        ObjectNode properties, String sku, String kind) {
    public CloudResource {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        tags = tags == null ? Map.of() : Map.copyOf(tags);
        properties = properties == null ? JsonNodeFactory.instance.objectNode() : properties;
    }

    /** A resource whose type has neither SKU nor kind (or whose reader does not care). */
    public CloudResource(String id, String type, String location, String managedBy, Map<String, String> tags,
            ObjectNode properties) {
        this(id, type, location, managedBy, tags, properties, null, null);
    }

    public CloudResource withSku(String skuName) {
        return new CloudResource(id, type, location, managedBy, tags, properties, skuName, kind);
    }

    public CloudResource withKind(String resourceKind) {
        return new CloudResource(id, type, location, managedBy, tags, properties, sku, resourceKind);
    }

    public static CloudResource of(String id, String type, String location, ObjectNode properties) {
        return new CloudResource(id, type, location, null, Map.of(), properties);
    }

    /** The last segment of the id. */
    public String name() {
        return id.substring(id.lastIndexOf('/') + 1);
    }
}
