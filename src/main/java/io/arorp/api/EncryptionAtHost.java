package io.arorp.api;

import com.fasterxml.jackson.annotation.JsonValue;

/** Whether VM disks are encrypted at the host. */
public enum EncryptionAtHost {
    ENABLED("Enabled"),
    DISABLED("Disabled");

    private final String value;

    EncryptionAtHost(String value) {
        this.value = value;
    }

    /** The wire value, as stored and as every api-version spells it. */
    @JsonValue
    public String value() {
        return value;
    }
}
