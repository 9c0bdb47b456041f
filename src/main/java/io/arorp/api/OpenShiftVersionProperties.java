package io.arorp.api;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The release and installer images of a version, and whether it is offered or the default.
 */
public class OpenShiftVersionProperties extends MissingFields {
    @JsonProperty("version")
    private String version;
    @JsonProperty("openShiftPullspec")
    private String openShiftPullspec;
    @JsonProperty("installerPullspec")
    private String installerPullspec;
    @JsonProperty("enabled")
    private Boolean enabled;
    @JsonProperty("default")
    private Boolean isDefault;

    public String getVersion() {
        return version;
    }

    public void setVersion(String version) {
        this.version = version;
    }

    public String getOpenShiftPullspec() {
        return openShiftPullspec;
    }

    public void setOpenShiftPullspec(String openShiftPullspec) {
        this.openShiftPullspec = openShiftPullspec;
    }

    public String getInstallerPullspec() {
        return installerPullspec;
    }

    public void setInstallerPullspec(String installerPullspec) {
        this.installerPullspec = installerPullspec;
    }

    public Boolean getEnabled() {
        return enabled;
    }

    public void setEnabled(Boolean enabled) {
        this.enabled = enabled;
    }

    public Boolean getIsDefault() {
        return isDefault;
    }

    public void setIsDefault(Boolean isDefault) {
        this.isDefault = isDefault;
    }
}
