package io.arorp.api;

import com.fasterxml.jackson.annotation.JsonValue;

/** ARM's managed identity kinds; clusters use UserAssigned. */
public enum ManagedServiceIdentityType {
    NONE("None"),
    SYSTEM_ASSIGNED("SystemAssigned"),
    USER_ASSIGNED("UserAssigned"),
    SYSTEM_ASSIGNED_USER_ASSIGNED("SystemAssigned,UserAssigned");

    private final String value;

    ManagedServiceIdentityType(String value) {
        this.value = value;
    }

    /** The wire value, as stored and as every api-version spells it. */
    @JsonValue
    public String value() {
        return value;
    }
}
