package io.arorp.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * The public load balancer's outbound configuration; effective IPs are reported by the RP.
 */
public class LoadBalancerProfile extends MissingFields {
    @JsonProperty("managedOutboundIps")
    private ManagedOutboundIps managedOutboundIps;
    @JsonProperty("effectiveOutboundIps")
    private List<ResourceReference> effectiveOutboundIps;
    @JsonProperty("outboundIps")
    private List<ResourceReference> outboundIps;
    @JsonProperty("outboundIpPrefixes")
    private List<ResourceReference> outboundIpPrefixes;
    @JsonProperty("allocatedOutboundPorts")
    private Integer allocatedOutboundPorts;

    public ManagedOutboundIps getManagedOutboundIps() {
        return managedOutboundIps;
    }

    public void setManagedOutboundIps(ManagedOutboundIps managedOutboundIps) {
        this.managedOutboundIps = managedOutboundIps;
    }

    public List<ResourceReference> getEffectiveOutboundIps() {
        return effectiveOutboundIps;
    }

    public void setEffectiveOutboundIps(List<ResourceReference> effectiveOutboundIps) {
        this.effectiveOutboundIps = effectiveOutboundIps;
    }

    public List<ResourceReference> getOutboundIps() {
        return outboundIps;
    }

    public void setOutboundIps(List<ResourceReference> outboundIps) {
        this.outboundIps = outboundIps;
    }

    public List<ResourceReference> getOutboundIpPrefixes() {
        return outboundIpPrefixes;
    }

    public void setOutboundIpPrefixes(List<ResourceReference> outboundIpPrefixes) {
        this.outboundIpPrefixes = outboundIpPrefixes;
    }

    public Integer getAllocatedOutboundPorts() {
        return allocatedOutboundPorts;
    }

    public void setAllocatedOutboundPorts(Integer allocatedOutboundPorts) {
        this.allocatedOutboundPorts = allocatedOutboundPorts;
    }
}
