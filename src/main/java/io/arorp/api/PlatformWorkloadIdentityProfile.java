package io.arorp.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;

/**
 * The managed identities, one per OpenShift operator, of a workload-identity cluster.
 */
public class PlatformWorkloadIdentityProfile extends MissingFields {
    @JsonProperty("upgradeableTo")
    private String upgradeableTo;
    @JsonProperty("platformWorkloadIdentities")
    private Map<String, PlatformWorkloadIdentity> platformWorkloadIdentities;

    public String getUpgradeableTo() {
        return upgradeableTo;
    }

    public void setUpgradeableTo(String upgradeableTo) {
        this.upgradeableTo = upgradeableTo;
    }

    public Map<String, PlatformWorkloadIdentity> getPlatformWorkloadIdentities() {
        return platformWorkloadIdentities;
    }

    public void setPlatformWorkloadIdentities(Map<String, PlatformWorkloadIdentity> platformWorkloadIdentities) {
        this.platformWorkloadIdentities = platformWorkloadIdentities;
    }
}
