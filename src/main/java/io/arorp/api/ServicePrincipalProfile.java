package io.arorp.api;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The customer service principal a classic (non workload-identity) cluster runs as.
 */
public class ServicePrincipalProfile extends MissingFields {
    @JsonProperty("clientId")
    private String clientId;
    @JsonProperty("clientSecret")
    private Secret clientSecret;
    @JsonProperty("spObjectId")
    private String spObjectId;

    public String getClientId() {
        return clientId;
    }

    public void setClientId(String clientId) {
        this.clientId = clientId;
    }

    public Secret getClientSecret() {
        return clientSecret;
    }

    public void setClientSecret(Secret clientSecret) {
        this.clientSecret = clientSecret;
    }

    public String getSpObjectId() {
        return spObjectId;
    }

    public void setSpObjectId(String spObjectId) {
        this.spObjectId = spObjectId;
    }
}
