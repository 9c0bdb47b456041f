package io.arorp.frontend.action;

import io.arorp.api.MaintenanceState;
import io.arorp.api.MaintenanceTask;
import io.arorp.api.OpenShiftClusterProperties;
import io.arorp.api.ProvisioningState;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * What an admin PATCH (Geneva Actions, {@code api-version=admin}) asks for. Ongoing tasks put the cluster into
 * AdminUpdating for the backend; signal-only tasks just record a maintenance state for the customer to see.
 */
@ApplicationScoped
public class MaintenanceIntent {

    void apply(OpenShiftClusterProperties p, ProvisioningState before) {
        MaintenanceTask task = p.getMaintenanceTask();
        if (task == null || task.isOngoing()) {
            MaintenanceState previous = p.getMaintenanceState();
            p.setLastProvisioningState(before);
            p.setProvisioningState(ProvisioningState.ADMIN_UPDATING);
            p.setLastAdminUpdateError(null);
            p.setMaintenanceState(previous == MaintenanceState.PENDING ? MaintenanceState.PLANNED
                    : MaintenanceState.UNPLANNED);
            return;
        }
        switch (task) {
            case PENDING -> p.setMaintenanceState(MaintenanceState.PENDING);
            case NONE -> p.setMaintenanceState(MaintenanceState.NONE);
            case CUSTOMER_ACTION_NEEDED -> p.setMaintenanceState(MaintenanceState.CUSTOMER_ACTION_NEEDED);
            default -> throw new IllegalStateException("unhandled maintenance task " + task);
        }
        p.setMaintenanceTask(null);
    }
}
