package io.arorp.api;

import com.fasterxml.jackson.annotation.JsonValue;

/** Whether the cluster uses FIPS-validated crypto modules. */
public enum FipsValidatedModules {
    ENABLED("Enabled"),
    DISABLED("Disabled");

    private final String value;

    FipsValidatedModules(String value) {
        this.value = value;
    }

    /** The wire value, as stored and as every api-version spells it. */
    @JsonValue
    public String value() {
        return value;
    }
}
