package io.arorp.database;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * What the private-link gateway needs to route one cluster (id = the private endpoint's LinkIdentifier). The api
 * model has no gateway type yet, so the payload {@code {id, deleting, storageSuffix, imageRegistryStorageAccountName}}
 * is kept as JSON, whole.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class GatewayDocument extends Document {
    @JsonProperty("gateway")
    private ObjectNode gateway;

    public ObjectNode getGateway() {
        return gateway;
    }

    public void setGateway(ObjectNode gateway) {
        this.gateway = gateway;
    }
}
