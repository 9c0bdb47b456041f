package io.arorp.api;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Cluster networking: CIDRs and egress chosen by the customer, private endpoints recorded by the RP.
 */
public class NetworkProfile extends MissingFields {
    @JsonProperty("podCidr")
    private String podCidr;
    @JsonProperty("serviceCidr")
    private String serviceCidr;
    @JsonProperty("softwareDefinedNetwork")
    private SoftwareDefinedNetwork softwareDefinedNetwork;
    @JsonProperty("mtuSize")
    private Integer mtuSize;
    @JsonProperty("outboundType")
    private OutboundType outboundType;
    @JsonProperty("privateEndpointIp")
    private String privateEndpointIp;
    @JsonProperty("gatewayPrivateEndpointIp")
    private String gatewayPrivateEndpointIp;
    @JsonProperty("gatewayPrivateLinkId")
    private String gatewayPrivateLinkId;
    @JsonProperty("preconfiguredNSG")
    private PreconfiguredNsg preconfiguredNSG;
    @JsonProperty("loadBalancerProfile")
    private LoadBalancerProfile loadBalancerProfile;

    public String getPodCidr() {
        return podCidr;
    }

    public void setPodCidr(String podCidr) {
        this.podCidr = podCidr;
    }

    public String getServiceCidr() {
        return serviceCidr;
    }

    public void setServiceCidr(String serviceCidr) {
        this.serviceCidr = serviceCidr;
    }

    public SoftwareDefinedNetwork getSoftwareDefinedNetwork() {
        return softwareDefinedNetwork;
    }

    public void setSoftwareDefinedNetwork(SoftwareDefinedNetwork softwareDefinedNetwork) {
        this.softwareDefinedNetwork = softwareDefinedNetwork;
    }

    public Integer getMtuSize() {
        return mtuSize;
    }

    public void setMtuSize(Integer mtuSize) {
        this.mtuSize = mtuSize;
    }

    public OutboundType getOutboundType() {
        return outboundType;
    }

    public void setOutboundType(OutboundType outboundType) {
        this.outboundType = outboundType;
    }

    public String getPrivateEndpointIp() {
        return privateEndpointIp;
    }

    public void setPrivateEndpointIp(String privateEndpointIp) {
        this.privateEndpointIp = privateEndpointIp;
    }

    public String getGatewayPrivateEndpointIp() {
        return gatewayPrivateEndpointIp;
    }

    public void setGatewayPrivateEndpointIp(String gatewayPrivateEndpointIp) {
        this.gatewayPrivateEndpointIp = gatewayPrivateEndpointIp;
    }

    public String getGatewayPrivateLinkId() {
        return gatewayPrivateLinkId;
    }

    public void setGatewayPrivateLinkId(String gatewayPrivateLinkId) {
        this.gatewayPrivateLinkId = gatewayPrivateLinkId;
    }

    public PreconfiguredNsg getPreconfiguredNSG() {
        return preconfiguredNSG;
    }

    public void setPreconfiguredNSG(PreconfiguredNsg preconfiguredNSG) {
        this.preconfiguredNSG = preconfiguredNSG;
    }

    public LoadBalancerProfile getLoadBalancerProfile() {
        return loadBalancerProfile;
    }

    public void setLoadBalancerProfile(LoadBalancerProfile loadBalancerProfile) {
        this.loadBalancerProfile = loadBalancerProfile;
    }
}
