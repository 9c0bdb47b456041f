package io.arorp.api;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The in-cluster secret that receives an operator's credentials.
 */
public class SecretLocation extends MissingFields {
    @JsonProperty("namespace")
    private String namespace;
    @JsonProperty("name")
    private String name;

    public String getNamespace() {
        return namespace;
    }

    public void setNamespace(String namespace) {
        this.namespace = namespace;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }
}
