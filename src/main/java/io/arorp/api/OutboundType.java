package io.arorp.api;

import com.fasterxml.jackson.annotation.JsonValue;

/** How cluster egress reaches the internet. */
public enum OutboundType {
    LOADBALANCER("Loadbalancer"),
    USER_DEFINED_ROUTING("UserDefinedRouting");

    private final String value;

    OutboundType(String value) {
        this.value = value;
    }

    /** The wire value, as stored and as every api-version spells it. */
    @JsonValue
    public String value() {
        return value;
    }
}
