package io.arorp.api;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A reference to another Azure resource by its fully qualified id.
 */
public class ResourceReference extends MissingFields {
    @JsonProperty("id")
    private String id;

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }
}
