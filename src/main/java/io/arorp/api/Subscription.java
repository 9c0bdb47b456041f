package io.arorp.api;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A customer subscription as ARM last reported it; the state gates every mutating request.
 */
public class Subscription extends MissingFields {
    @JsonProperty("state")
    private SubscriptionState state;
    @JsonProperty("properties")
    private SubscriptionProperties properties;

    public SubscriptionState getState() {
        return state;
    }

    public void setState(SubscriptionState state) {
        this.state = state;
    }

    public SubscriptionProperties getProperties() {
        return properties;
    }

    public void setProperties(SubscriptionProperties properties) {
        this.properties = properties;
    }
}
