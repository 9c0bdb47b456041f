package io.arorp.api;

import com.fasterxml.jackson.annotation.JsonValue;

/** Whether an endpoint is reachable from the internet. */
public enum Visibility {
    PUBLIC("Public"),
    PRIVATE("Private");

    private final String value;

    Visibility(String value) {
        this.value = value;
    }

    /** The wire value, as stored and as every api-version spells it. */
    @JsonValue
    public String value() {
        return value;
    }
}
