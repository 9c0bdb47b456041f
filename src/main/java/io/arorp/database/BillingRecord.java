package io.arorp.database;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.arorp.api.MissingFields;

/**
 * What the billing pipeline reads: when a cluster started and stopped costing (unix seconds, set by server-side
 * triggers) and when it was last billed. The api model has no billing type, hence it lives here.
 */
@JsonInclude(JsonInclude.Include.NON_DEFAULT)
public class BillingRecord extends MissingFields {
    @JsonProperty("creationTime")
    private long creationTime;
    @JsonProperty("deletionTime")
    private long deletionTime;
    @JsonProperty("lastBillingTime")
    private long lastBillingTime;
    @JsonProperty("location")
    private String location;
    @JsonProperty("tenantID")
    private String tenantId;

    public long getCreationTime() {
        return creationTime;
    }

    public long getDeletionTime() {
        return deletionTime;
    }

    public long getLastBillingTime() {
        return lastBillingTime;
    }

    void setLastBillingTime(long lastBillingTime) {
        this.lastBillingTime = lastBillingTime;
    }

    public String getLocation() {
        return location;
    }

    public void setLocation(String location) {
        this.location = location;
    }

    public String getTenantId() {
        return tenantId;
    }

    public void setTenantId(String tenantId) {
        this.tenantId = tenantId;
    }
}
