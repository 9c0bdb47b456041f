package io.arorp.database;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.arorp.api.AsyncOperation;
import io.arorp.api.OpenShiftCluster;

/**
 * The record behind one {@code Azure-AsyncOperation} URL. It expires with the container's 7-day TTL; the cluster
 * snapshot is written when the operation completes, for {@code operationresults}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class AsyncOperationDocument extends Document {
    @JsonProperty("openShiftClusterKey")
    private String openShiftClusterKey;
    @JsonProperty("asyncOperation")
    private AsyncOperation asyncOperation;
    @JsonProperty("openShiftCluster")
    private OpenShiftCluster openShiftCluster;

    public String getOpenShiftClusterKey() {
        return openShiftClusterKey;
    }

    public void setOpenShiftClusterKey(String openShiftClusterKey) {
        this.openShiftClusterKey = openShiftClusterKey;
    }

    public AsyncOperation getAsyncOperation() {
        return asyncOperation;
    }

    public void setAsyncOperation(AsyncOperation asyncOperation) {
        this.asyncOperation = asyncOperation;
    }

    public OpenShiftCluster getOpenShiftCluster() {
        return openShiftCluster;
    }

    public void setOpenShiftCluster(OpenShiftCluster openShiftCluster) {
        this.openShiftCluster = openShiftCluster;
    }
}
