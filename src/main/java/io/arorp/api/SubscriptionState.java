package io.arorp.api;

import com.fasterxml.jackson.annotation.JsonValue;

/** The subscription state ARM sends; it decides which requests the RP accepts. */
public enum SubscriptionState {
    REGISTERED("Registered"),
    UNREGISTERED("Unregistered"),
    WARNED("Warned"),
    SUSPENDED("Suspended"),
    DELETED("Deleted");

    private final String value;

    SubscriptionState(String value) {
        this.value = value;
    }

    /** The wire value, as stored and as every api-version spells it. */
    @JsonValue
    public String value() {
        return value;
    }
}
