package io.arorp.api;

import com.fasterxml.jackson.annotation.JsonValue;

/** The maintenance signal shown to the customer by the monitoring stack. */
public enum MaintenanceState {
    NONE("None"),
    PENDING("Pending"),
    PLANNED("Planned"),
    UNPLANNED("Unplanned"),
    CUSTOMER_ACTION_NEEDED("CustomerActionNeeded");

    private final String value;

    MaintenanceState(String value) {
        this.value = value;
    }

    /** The wire value, as stored and as every api-version spells it. */
    @JsonValue
    public String value() {
        return value;
    }
}
