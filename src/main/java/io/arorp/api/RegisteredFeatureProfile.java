package io.arorp.api;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A preview feature registered on the subscription.
 */
public class RegisteredFeatureProfile extends MissingFields {
    @JsonProperty("name")
    private String name;
    @JsonProperty("state")
    private String state;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getState() {
        return state;
    }

    public void setState(String state) {
        this.state = state;
    }
}
