package io.arorp.api;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Cluster-wide settings fixed at create time; the signing key exists only for workload-identity clusters.
 */
public class ClusterProfile extends MissingFields {
    @JsonProperty("pullSecret")
    private Secret pullSecret;
    @JsonProperty("domain")
    private String domain;
    @JsonProperty("version")
    private String version;
    @JsonProperty("resourceGroupId")
    private String resourceGroupId;
    @JsonProperty("fipsValidatedModules")
    private FipsValidatedModules fipsValidatedModules;
    @JsonProperty("oidcIssuer")
    private String oidcIssuer;
    @JsonProperty("boundServiceAccountSigningKey")
    private Secret boundServiceAccountSigningKey;

    public Secret getPullSecret() {
        return pullSecret;
    }

    public void setPullSecret(Secret pullSecret) {
        this.pullSecret = pullSecret;
    }

    public String getDomain() {
        return domain;
    }

    public void setDomain(String domain) {
        this.domain = domain;
    }

    public String getVersion() {
        return version;
    }

    public void setVersion(String version) {
        this.version = version;
    }

    public String getResourceGroupId() {
        return resourceGroupId;
    }

    public void setResourceGroupId(String resourceGroupId) {
        this.resourceGroupId = resourceGroupId;
    }

    public FipsValidatedModules getFipsValidatedModules() {
        return fipsValidatedModules;
    }

    public void setFipsValidatedModules(FipsValidatedModules fipsValidatedModules) {
        this.fipsValidatedModules = fipsValidatedModules;
    }

    public String getOidcIssuer() {
        return oidcIssuer;
    }

    public void setOidcIssuer(String oidcIssuer) {
        this.oidcIssuer = oidcIssuer;
    }

    public Secret getBoundServiceAccountSigningKey() {
        return boundServiceAccountSigningKey;
    }

    public void setBoundServiceAccountSigningKey(Secret boundServiceAccountSigningKey) {
        this.boundServiceAccountSigningKey = boundServiceAccountSigningKey;
    }
}
