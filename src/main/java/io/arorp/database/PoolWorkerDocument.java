package io.arorp.database;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.List;

/**
 * A pool worker's presence (id = the worker's process id, expiring by {@code ttl} unless heartbeated), or, with
 * id = worker type, the pool's master document: a lease plus which worker owns each of the 256 buckets.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class PoolWorkerDocument extends LeasedDocument {
    public static final int BUCKETS = 256;

    @JsonProperty("workerType")
    private String workerType;
    @JsonProperty("ttl")
    private Integer ttl;
    @JsonProperty("poolWorker")
    private Buckets poolWorker;

    public String getWorkerType() {
        return workerType;
    }

    public void setWorkerType(String workerType) {
        this.workerType = workerType;
    }

    public Integer getTtl() {
        return ttl;
    }

    public void setTtl(Integer ttl) {
        this.ttl = ttl;
    }

    public Buckets getPoolWorker() {
        return poolWorker;
    }

    public void setPoolWorker(Buckets poolWorker) {
        this.poolWorker = poolWorker;
    }

    /** Bucket i is watched by the worker whose id is at index i. */
    public static class Buckets extends io.arorp.api.MissingFields {
        @JsonProperty("buckets")
        private List<String> buckets = new ArrayList<>();

        public List<String> getBuckets() {
            return buckets;
        }

        public void setBuckets(List<String> buckets) {
            this.buckets = buckets;
        }
    }
}
