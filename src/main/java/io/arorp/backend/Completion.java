package io.arorp.backend;

import io.arorp.api.CloudErrorBody;
import io.arorp.api.CloudException;
import io.arorp.api.OpenShiftCluster;
import io.arorp.api.OpenShiftClusterProperties;
import io.arorp.api.ProvisioningState;
import io.arorp.cluster.JobStoppedException;
import io.arorp.database.LostLeaseException;
import io.arorp.database.OpenShiftClusterDocument;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.logging.Logger;

/**
 * The end of a cluster job, as the original's endLease: on a terminal outcome the async operation is completed first
 * (status, end time, error, cluster snapshot), then the lease is ended, which clears {@code asyncOperationId} — the
 * moment ARM's poll sees the result. AdminUpdating returns to the state before it and records the error separately.
 */
final class Completion {
    private static final Logger LOG = Logger.getLogger(Completion.class.getName());
    private final JobServices services;

    Completion(JobServices services) {
        this.services = services;
    }

    void end(OpenShiftClusterDocument doc, ProvisioningState outcome, Throwable error, long startedNanos) {
        OpenShiftClusterProperties p = doc.getOpenShiftCluster().getProperties();
        ProvisioningState initial = p.getProvisioningState();
        ProvisioningState state = outcome;
        ProvisioningState failed = initial != ProvisioningState.ADMIN_UPDATING && outcome == ProvisioningState.FAILED
                ? initial : null;
        String adminUpdateError = null;
        if (state.isTerminal()) {
            if (initial == ProvisioningState.ADMIN_UPDATING) {
                state = p.getLastProvisioningState() == null ? ProvisioningState.SUCCEEDED : p.getLastProvisioningState();
                failed = p.getFailedProvisioningState();
                adminUpdateError = error == null ? "" : String.valueOf(error.getMessage());
            }
            completeOperation(doc, state, failed, error, true);
        }
        services.metrics().job(initial.value(), state.value(), Duration.ofNanos(System.nanoTime() - startedNanos));
        try {
            services.clusters().endLease(doc.getKey(), state, failed, adminUpdateError);
        } catch (LostLeaseException e) {
            throw new JobStoppedException(e.getMessage(), true);
        }
        ProvisioningState logged = state;
        LOG.info(() -> "cluster " + doc.getKey() + ": " + initial.value() + " ended " + logged.value()
                + (error == null ? "" : ": " + error));
    }

    /** Writes the outcome into the operation record; {@code withSnapshot} false leaves operationresults empty (204). */
    void completeOperation(OpenShiftClusterDocument doc, ProvisioningState state, ProvisioningState failed,
            Throwable error, boolean withSnapshot) {
        String id = doc.getAsyncOperationId();
        if (id == null) {
            return;
        }
        OpenShiftCluster snapshot = withSnapshot ? snapshot(doc.getKey(), state, failed) : null;
        OffsetDateTime now = OffsetDateTime.now(services.clock()).withOffsetSameInstant(ZoneOffset.UTC);
        services.operations().patch(id, op -> {
            op.getAsyncOperation().setStatus(state);
            op.getAsyncOperation().setEndTime(now);
            op.getAsyncOperation().setError(error == null ? null : errorBody(error));
            if (snapshot != null) {
                op.setOpenShiftCluster(snapshot);
            }
        });
    }

    /** A fresh read is a deep copy to shape the snapshot in. */
    private OpenShiftCluster snapshot(String key, ProvisioningState state, ProvisioningState failed) {
        return services.clusters().get(key).map(d -> {
            OpenShiftClusterProperties p = d.getOpenShiftCluster().getProperties();
            p.setProvisioningState(state);
            p.setLastProvisioningState(null);
            p.setFailedProvisioningState(failed);
            p.setLastAdminUpdateError(null);
            p.setMaintenanceTask(null);
            return d.getOpenShiftCluster();
        }).orElse(null);
    }

    /** CloudErrors as they are (one Azure quirk rewritten, as the original does); anything else stays internal. */
    static CloudErrorBody errorBody(Throwable error) {
        if (error instanceof CloudException e) {
            if (e.getMessage() != null && e.getMessage().contains("NullOrInvalidGuidExcludePrincipalId")) {
                return new CloudErrorBody("InternalServerError", e.getMessage(), null, null);
            }
            return e.body();
        }
        return new CloudErrorBody("InternalServerError", "Internal server error.", null, null);
    }
}
