package io.arorp.api;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One ingress controller endpoint.
 */
public class IngressProfile extends MissingFields {
    @JsonProperty("name")
    private String name;
    @JsonProperty("visibility")
    private Visibility visibility;
    @JsonProperty("ip")
    private String ip;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Visibility getVisibility() {
        return visibility;
    }

    public void setVisibility(Visibility visibility) {
        this.visibility = visibility;
    }

    public String getIp() {
        return ip;
    }

    public void setIp(String ip) {
        this.ip = ip;
    }
}
