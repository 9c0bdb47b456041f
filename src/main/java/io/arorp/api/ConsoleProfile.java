package io.arorp.api;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Where the cluster console is served; filled in by the backend.
 */
public class ConsoleProfile extends MissingFields {
    @JsonProperty("url")
    private String url;

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }
}
