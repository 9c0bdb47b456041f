package io.arorp.database;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A planned maintenance task for one cluster (MIMO), leased by the actuator while it runs. The api model has no
 * manifest type yet, so {@code maintenanceManifest {state, statusText, maintenanceTaskID, createdBySchedule,
 * priority, runAfter, runBefore}} is kept as JSON, whole.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class MaintenanceManifestDocument extends LeasedDocument {
    @JsonProperty("clusterResourceID")
    private String clusterResourceId;
    @JsonProperty("ttl")
    private Integer ttl;
    @JsonProperty("maintenanceManifest")
    private ObjectNode maintenanceManifest;

    public String getClusterResourceId() {
        return clusterResourceId;
    }

    public void setClusterResourceId(String clusterResourceId) {
        this.clusterResourceId = clusterResourceId;
    }

    public Integer getTtl() {
        return ttl;
    }

    public void setTtl(Integer ttl) {
        this.ttl = ttl;
    }

    public ObjectNode getMaintenanceManifest() {
        return maintenanceManifest;
    }

    public void setMaintenanceManifest(ObjectNode maintenanceManifest) {
        this.maintenanceManifest = maintenanceManifest;
    }
}
