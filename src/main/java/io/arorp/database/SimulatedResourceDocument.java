package io.arorp.database;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One resource of the simulated Azure cloud (dev and test), stored as Azure Resource Manager would describe it. The
 * document id is derived from the lower-case resource id (ids may not contain {@code /}); the partition is the
 * subscription, so a resource group's resources are one partition query away.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class SimulatedResourceDocument extends Document {
    @JsonProperty("partitionKey")
    private String partitionKey;
    @JsonProperty("resourceId")
    private String resourceId;
    @JsonProperty("resourceGroupKey")
    private String resourceGroupKey;
    @JsonProperty("type")
    private String type;
    @JsonProperty("resource")
    private ObjectNode resource;

    public String getPartitionKey() {
        return partitionKey;
    }

    void setPartitionKey(String partitionKey) {
        this.partitionKey = partitionKey;
    }

    /** The ARM id as first written (casing kept). */
    public String getResourceId() {
        return resourceId;
    }

    public void setResourceId(String resourceId) {
        this.resourceId = resourceId;
    }

    /** Lower-case id of the resource group holding the resource (the group itself for a resource group). */
    public String getResourceGroupKey() {
        return resourceGroupKey;
    }

    void setResourceGroupKey(String resourceGroupKey) {
        this.resourceGroupKey = resourceGroupKey;
    }

    /** The ARM resource type, e.g. {@code Microsoft.Network/virtualNetworks}. */
    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    /** The resource body ARM would return: location, tags, managedBy, properties. */
    public ObjectNode getResource() {
        return resource;
    }

    public void setResource(ObjectNode resource) {
        this.resource = resource;
    }
}
