package io.arorp.api;

import com.fasterxml.jackson.annotation.JsonValue;

/** Whether the customer brings the network security groups attached to the subnets. */
public enum PreconfiguredNsg {
    ENABLED("Enabled"),
    DISABLED("Disabled");

    private final String value;

    PreconfiguredNsg(String value) {
        this.value = value;
    }

    /** The wire value, as stored and as every api-version spells it. */
    @JsonValue
    public String value() {
        return value;
    }
}
