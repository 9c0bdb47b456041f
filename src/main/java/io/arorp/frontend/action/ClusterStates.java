package io.arorp.frontend.action;

import io.arorp.api.CloudException;
import io.arorp.api.OpenShiftCluster;
import io.arorp.api.OpenShiftClusterProperties;
import io.arorp.api.ProvisioningState;

/** The state rules every cluster request shares. */
final class ClusterStates {
    private ClusterStates() {
    }

    /** A write (PUT, PATCH, DELETE) needs a terminal state, and a failed create or delete can only be deleted. */
    static void requireWritable(OpenShiftCluster oc) {
        ProvisioningState state = oc.getProperties().getProvisioningState();
        if (!state.isTerminal()) {
            throw notAllowed(state);
        }
        if (state == ProvisioningState.FAILED) {
            ProvisioningState failed = oc.getProperties().getFailedProvisioningState();
            if (failed == ProvisioningState.CREATING) {
                throw new CloudException(400, "RequestNotAllowed", null,
                        "Request is not allowed in provisioningState 'Failed' since creation failed. Delete the cluster.");
            }
            if (failed == ProvisioningState.DELETING) {
                throw new CloudException(400, "RequestNotAllowed", null,
                        "Request is not allowed in provisioningState 'Failed' since deletion failed. Delete the cluster.");
            }
        }
    }

    /** A delete needs a terminal state; unlike other writes it is the way out of a failed create or delete. */
    static void requireDeletable(OpenShiftCluster oc) {
        ProvisioningState state = oc.getProperties().getProvisioningState();
        if (!state.isTerminal()) {
            throw notAllowed(state);
        }
    }

    /** Credentials exist only once a create succeeded and until a delete starts. */
    static void requireCredentialsAvailable(OpenShiftCluster oc) {
        OpenShiftClusterProperties p = oc.getProperties();
        ProvisioningState state = p.getProvisioningState();
        ProvisioningState failed = p.getFailedProvisioningState();
        if (state == ProvisioningState.CREATING || state == ProvisioningState.DELETING
                || state == ProvisioningState.FAILED
                        && (failed == ProvisioningState.CREATING || failed == ProvisioningState.DELETING)) {
            throw notAllowed(state);
        }
    }

    static CloudException notAllowed(ProvisioningState state) {
        return new CloudException(400, "RequestNotAllowed", null,
                "Request is not allowed in provisioningState '" + state.value() + "'.");
    }

    /** PUT and PATCH answers do not carry the live worker status (the original drops it there). */
    static OpenShiftCluster forResponse(OpenShiftCluster oc) {
        oc.getProperties().setWorkerProfilesStatus(null);
        return oc;
    }
}
