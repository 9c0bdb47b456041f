package io.arorp.database;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/** A cluster's billing record (id = the cluster document's id); kept after the cluster is deleted. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class BillingDocument extends Document {
    @JsonProperty("key")
    private String key;
    @JsonProperty("clusterResourceGroupIDKey")
    private String clusterResourceGroupIdKey;
    @JsonProperty("infraId")
    private String infraId;
    @JsonProperty("billing")
    private BillingRecord billing = new BillingRecord();

    public String getKey() {
        return key;
    }

    public void setKey(String key) {
        this.key = key;
    }

    public String getClusterResourceGroupIdKey() {
        return clusterResourceGroupIdKey;
    }

    public void setClusterResourceGroupIdKey(String clusterResourceGroupIdKey) {
        this.clusterResourceGroupIdKey = clusterResourceGroupIdKey;
    }

    public String getInfraId() {
        return infraId;
    }

    public void setInfraId(String infraId) {
        this.infraId = infraId;
    }

    public BillingRecord getBilling() {
        return billing;
    }

    public void setBilling(BillingRecord billing) {
        this.billing = billing;
    }
}
