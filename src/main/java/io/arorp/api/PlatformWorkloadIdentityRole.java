package io.arorp.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * One operator's role and where its credentials land in the cluster.
 */
public class PlatformWorkloadIdentityRole extends MissingFields {
    @JsonProperty("operatorName")
    private String operatorName;
    @JsonProperty("roleDefinitionName")
    private String roleDefinitionName;
    @JsonProperty("roleDefinitionId")
    private String roleDefinitionId;
    @JsonProperty("serviceAccounts")
    private List<String> serviceAccounts;
    @JsonProperty("secretLocation")
    private SecretLocation secretLocation;

    public String getOperatorName() {
        return operatorName;
    }

    public void setOperatorName(String operatorName) {
        this.operatorName = operatorName;
    }

    public String getRoleDefinitionName() {
        return roleDefinitionName;
    }

    public void setRoleDefinitionName(String roleDefinitionName) {
        this.roleDefinitionName = roleDefinitionName;
    }

    public String getRoleDefinitionId() {
        return roleDefinitionId;
    }

    public void setRoleDefinitionId(String roleDefinitionId) {
        this.roleDefinitionId = roleDefinitionId;
    }

    public List<String> getServiceAccounts() {
        return serviceAccounts;
    }

    public void setServiceAccounts(List<String> serviceAccounts) {
        this.serviceAccounts = serviceAccounts;
    }

    public SecretLocation getSecretLocation() {
        return secretLocation;
    }

    public void setSecretLocation(SecretLocation secretLocation) {
        this.secretLocation = secretLocation;
    }
}
