package io.arorp.api;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One operator's managed identity; client and object id are resolved by the RP.
 */
public class PlatformWorkloadIdentity extends MissingFields {
    @JsonProperty("resourceId")
    private String resourceId;
    @JsonProperty("clientId")
    private String clientId;
    @JsonProperty("objectId")
    private String objectId;

    public String getResourceId() {
        return resourceId;
    }

    public void setResourceId(String resourceId) {
        this.resourceId = resourceId;
    }

    public String getClientId() {
        return clientId;
    }

    public void setClientId(String clientId) {
        this.clientId = clientId;
    }

    public String getObjectId() {
        return objectId;
    }

    public void setObjectId(String objectId) {
        this.objectId = objectId;
    }
}
