package io.arorp.api;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * How many outbound public IPs the RP creates and manages for the cluster load balancer.
 */
public class ManagedOutboundIps extends MissingFields {
    @JsonProperty("count")
    private Integer count;

    public Integer getCount() {
        return count;
    }

    public void setCount(Integer count) {
        this.count = count;
    }
}
