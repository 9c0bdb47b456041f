package io.arorp.database;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A recurring MIMO maintenance plan: which task, on which calendar, across which clusters (selectors). The MIMO
 * scheduler leases it while it creates manifests. Like manifests, {@code maintenanceSchedule {state,
 * maintenanceTaskID, schedule, lookForwardCount, scheduleAcross, selectors}} is kept as JSON, whole, until the api
 * model gains a schedule type.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class MaintenanceScheduleDocument extends LeasedDocument {
    @JsonProperty("ttl")
    private Integer ttl;
    @JsonProperty("maintenanceSchedule")
    private ObjectNode maintenanceSchedule;

    public Integer getTtl() {
        return ttl;
    }

    public void setTtl(Integer ttl) {
        this.ttl = ttl;
    }

    public ObjectNode getMaintenanceSchedule() {
        return maintenanceSchedule;
    }

    public void setMaintenanceSchedule(ObjectNode maintenanceSchedule) {
        this.maintenanceSchedule = maintenanceSchedule;
    }
}
