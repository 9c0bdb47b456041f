package io.arorp.api;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * RP-side feature switches of one cluster (the private-link gateway).
 */
public class FeatureProfile extends MissingFields {
    @JsonProperty("gatewayEnabled")
    private Boolean gatewayEnabled;

    public Boolean getGatewayEnabled() {
        return gatewayEnabled;
    }

    public void setGatewayEnabled(Boolean gatewayEnabled) {
        this.gatewayEnabled = gatewayEnabled;
    }
}
