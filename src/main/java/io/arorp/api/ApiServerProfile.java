package io.arorp.api;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The API server endpoint; {@code intIp} is the internal load balancer address only the RP uses.
 */
public class ApiServerProfile extends MissingFields {
    @JsonProperty("visibility")
    private Visibility visibility;
    @JsonProperty("url")
    private String url;
    @JsonProperty("ip")
    private String ip;
    @JsonProperty("intIp")
    private String intIp;

    public Visibility getVisibility() {
        return visibility;
    }

    public void setVisibility(Visibility visibility) {
        this.visibility = visibility;
    }

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }

    public String getIp() {
        return ip;
    }

    public void setIp(String ip) {
        this.ip = ip;
    }

    public String getIntIp() {
        return intIp;
    }

    public void setIntIp(String intIp) {
        this.intIp = intIp;
    }
}
