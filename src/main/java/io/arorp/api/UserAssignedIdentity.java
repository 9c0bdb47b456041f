package io.arorp.api;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One user-assigned identity; ids are resolved by the RP.
 */
public class UserAssignedIdentity extends MissingFields {
    @JsonProperty("clientId")
    private String clientId;
    @JsonProperty("principalId")
    private String principalId;

    public String getClientId() {
        return clientId;
    }

    public void setClientId(String clientId) {
        this.clientId = clientId;
    }

    public String getPrincipalId() {
        return principalId;
    }

    public void setPrincipalId(String principalId) {
        this.principalId = principalId;
    }
}
