package io.arorp.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * The roles of one minor version.
 */
public class PlatformWorkloadIdentityRoleSetProperties extends MissingFields {
    @JsonProperty("openShiftVersion")
    private String openShiftVersion;
    @JsonProperty("platformWorkloadIdentityRoles")
    private List<PlatformWorkloadIdentityRole> platformWorkloadIdentityRoles;

    public String getOpenShiftVersion() {
        return openShiftVersion;
    }

    public void setOpenShiftVersion(String openShiftVersion) {
        this.openShiftVersion = openShiftVersion;
    }

    public List<PlatformWorkloadIdentityRole> getPlatformWorkloadIdentityRoles() {
        return platformWorkloadIdentityRoles;
    }

    public void setPlatformWorkloadIdentityRoles(List<PlatformWorkloadIdentityRole> platformWorkloadIdentityRoles) {
        this.platformWorkloadIdentityRoles = platformWorkloadIdentityRoles;
    }
}
