package io.arorp.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;

/**
 * The cluster managed identity of a workload-identity cluster; identityURL and tenant come from ARM headers.
 */
public class ManagedServiceIdentity extends MissingFields {
    @JsonProperty("type")
    private ManagedServiceIdentityType type;
    @JsonProperty("principalId")
    private String principalId;
    @JsonProperty("userAssignedIdentities")
    private Map<String, UserAssignedIdentity> userAssignedIdentities;
    @JsonProperty("identityURL")
    private String identityURL;
    @JsonProperty("tenantId")
    private String tenantId;

    public ManagedServiceIdentityType getType() {
        return type;
    }

    public void setType(ManagedServiceIdentityType type) {
        this.type = type;
    }

    public String getPrincipalId() {
        return principalId;
    }

    public void setPrincipalId(String principalId) {
        this.principalId = principalId;
    }

    public Map<String, UserAssignedIdentity> getUserAssignedIdentities() {
        return userAssignedIdentities;
    }

    public void setUserAssignedIdentities(Map<String, UserAssignedIdentity> userAssignedIdentities) {
        this.userAssignedIdentities = userAssignedIdentities;
    }

    public String getIdentityURL() {
        return identityURL;
    }

    public void setIdentityURL(String identityURL) {
        this.identityURL = identityURL;
    }

    public String getTenantId() {
        return tenantId;
    }

    public void setTenantId(String tenantId) {
        this.tenantId = tenantId;
    }
}
