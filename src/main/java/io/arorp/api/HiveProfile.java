package io.arorp.api;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Where the cluster's Hive ClusterDeployment lives.
 */
public class HiveProfile extends MissingFields {
    @JsonProperty("namespace")
    private String namespace;
    @JsonProperty("createdByHive")
    private Boolean createdByHive;

    public String getNamespace() {
        return namespace;
    }

    public void setNamespace(String namespace) {
        this.namespace = namespace;
    }

    public Boolean getCreatedByHive() {
        return createdByHive;
    }

    public void setCreatedByHive(Boolean createdByHive) {
        this.createdByHive = createdByHive;
    }
}
