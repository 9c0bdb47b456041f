package io.arorp.api;

import com.fasterxml.jackson.annotation.JsonValue;

/** The cluster state machine; only Succeeded and Failed are terminal, so only they accept a new PUT, PATCH or DELETE.
 * {@code Maintenance} is internal and never accepted from a caller. */
public enum ProvisioningState {
    CREATING("Creating"),
    UPDATING("Updating"),
    ADMIN_UPDATING("AdminUpdating"),
    CANCELED("Canceled"),
    MAINTENANCE("Maintenance"),
    DELETING("Deleting"),
    SUCCEEDED("Succeeded"),
    FAILED("Failed");

    private final String value;

    ProvisioningState(String value) {
        this.value = value;
    }

    /** The wire value, as stored and as every api-version spells it. */
    @JsonValue
    public String value() {
        return value;
    }

    /** ARM polls until a terminal state, and the frontend accepts new writes only in one. */
    public boolean isTerminal() {
        return this == SUCCEEDED || this == FAILED;
    }
}
