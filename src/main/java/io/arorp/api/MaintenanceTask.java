package io.arorp.api;

import com.fasterxml.jackson.annotation.JsonValue;

/** What an admin update does. The first five do work on the cluster; the others only set the customer-facing
 * maintenance signal. */
public enum MaintenanceTask {
    EVERYTHING("Everything"),
    OPERATOR_UPDATE("OperatorUpdate"),
    CERTIFICATES_RENEWAL("CertificatesRenewal"),
    SYNC_CLUSTER_OBJECT("SyncClusterObject"),
    MIGRATE_LOAD_BALANCER("MigrateLoadBalancer"),
    PENDING("Pending"),
    NONE("None"),
    CUSTOMER_ACTION_NEEDED("CustomerActionNeeded");

    private final String value;

    MaintenanceTask(String value) {
        this.value = value;
    }

    /** The wire value, as stored and as every api-version spells it. */
    @JsonValue
    public String value() {
        return value;
    }

    /** Tasks that make the backend work on the cluster (and so move maintenanceState to planned or unplanned). */
    public boolean isOngoing() {
        return switch (this) {
            case EVERYTHING, OPERATOR_UPDATE, CERTIFICATES_RENEWAL, SYNC_CLUSTER_OBJECT, MIGRATE_LOAD_BALANCER -> true;
            default -> false;
        };
    }
}
