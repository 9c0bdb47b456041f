package io.arorp.database;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.arorp.api.OpenShiftCluster;

/**
 * A cluster as stored: the internal model plus the keys Cosmos indexes (lower-case ARM id, subscription partition,
 * unique client id and cluster resource group), the monitoring bucket and the backend's lease bookkeeping.
 * The frontend writes it with a non-terminal state; the backend leases it, works, and ends the lease.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class OpenShiftClusterDocument extends LeasedDocument {
    @JsonProperty("key")
    private String key;
    @JsonProperty("partitionKey")
    private String partitionKey;
    @JsonProperty("clusterResourceGroupIdKey")
    private String clusterResourceGroupIdKey;
    @JsonProperty("clientIdKey")
    private String clientIdKey;
    @JsonProperty("bucket")
    private int bucket;
    @JsonProperty("asyncOperationId")
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    private String asyncOperationId;
    @JsonProperty("correlationData")
    private CorrelationData correlationData;
    @JsonProperty("openShiftCluster")
    private OpenShiftCluster openShiftCluster;
    @JsonProperty("backendProgress")
    private BackendProgress backendProgress;
    @JsonProperty("federatedIdentities")
    private java.util.Map<String, String> federatedIdentities;

    /** The lower-case ARM resource id. */
    public String getKey() {
        return key;
    }

    public void setKey(String key) {
        this.key = key;
    }

    /** The lower-case subscription id (set from the key on create). */
    public String getPartitionKey() {
        return partitionKey;
    }

    void setPartitionKey(String partitionKey) {
        this.partitionKey = partitionKey;
    }

    public String getClusterResourceGroupIdKey() {
        return clusterResourceGroupIdKey;
    }

    public void setClusterResourceGroupIdKey(String clusterResourceGroupIdKey) {
        this.clusterResourceGroupIdKey = clusterResourceGroupIdKey;
    }

    public String getClientIdKey() {
        return clientIdKey;
    }

    public void setClientIdKey(String clientIdKey) {
        this.clientIdKey = clientIdKey;
    }

    /** 0..255: which monitor worker watches this cluster. */
    public int getBucket() {
        return bucket;
    }

    public void setBucket(int bucket) {
        this.bucket = bucket;
    }

    public String getAsyncOperationId() {
        return asyncOperationId;
    }

    public void setAsyncOperationId(String asyncOperationId) {
        this.asyncOperationId = asyncOperationId;
    }

    public CorrelationData getCorrelationData() {
        return correlationData;
    }

    public void setCorrelationData(CorrelationData correlationData) {
        this.correlationData = correlationData;
    }

    public OpenShiftCluster getOpenShiftCluster() {
        return openShiftCluster;
    }

    public void setOpenShiftCluster(OpenShiftCluster openShiftCluster) {
        this.openShiftCluster = openShiftCluster;
    }

    /** Where the backend is in the current operation; null before the first step of the first operation. */
    public BackendProgress getBackendProgress() {
        return backendProgress;
    }

    public void setBackendProgress(BackendProgress backendProgress) {
        this.backendProgress = backendProgress;
    }

    /**
     * The platform identities (operator name to identity resource id) the backend last federated with the cluster's
     * issuer: after the customer swaps an identity, the old one is known only from here, and its credentials must go.
     * Kept on the document, not the cluster, so no API version shows it.
     */
    public java.util.Map<String, String> getFederatedIdentities() {
        return federatedIdentities;
    }

    public void setFederatedIdentities(java.util.Map<String, String> federatedIdentities) {
        this.federatedIdentities = federatedIdentities;
    }
}
