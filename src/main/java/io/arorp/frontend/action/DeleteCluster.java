package io.arorp.frontend.action;

import io.arorp.api.OpenShiftClusterProperties;
import io.arorp.api.ProvisioningState;
import io.arorp.database.DocumentNotFoundException;
import io.arorp.database.Keys;
import io.arorp.database.OpenShiftClusterDocument;
import io.arorp.database.OpenShiftClusters;
import io.arorp.database.WorkEnqueued;
import io.arorp.env.RpRegion;
import io.arorp.util.log.Correlation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * DELETE of a cluster: marks it Deleting for the backend and answers 202 with both polling URLs; a cluster that does
 * not exist is already deleted (204), so ARM's retries of a delete are harmless.
 */
@ApplicationScoped
public class DeleteCluster {
    private OpenShiftClusters clusters;
    private SubscriptionGate gate;
    private AsyncOperationStarter operations;
    private RpRegion region;
    private Event<WorkEnqueued> enqueued;
    private long retryAfterSeconds;

    @Inject
    public DeleteCluster(OpenShiftClusters clusters, SubscriptionGate gate, AsyncOperationStarter operations,
            RpRegion region, Event<WorkEnqueued> enqueued,
            @ConfigProperty(name = "aro.frontend.retry-after-seconds", defaultValue = "5") long retryAfterSeconds) {
        this.clusters = clusters;
        this.gate = gate;
        this.operations = operations;
        this.region = region;
        this.enqueued = enqueued;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    protected DeleteCluster() {
    }

    public ArmResult run(String resourceId, URI referer, Correlation correlation) {
        String key = Keys.lower(resourceId);
        String subscriptionId = Keys.subscriptionOf(key);
        gate.require(subscriptionId, SubscriptionGate.DELETE);
        Optional<OpenShiftClusterDocument> existing = clusters.get(key);
        if (existing.isEmpty()) {
            return ArmResult.of(204, null);
        }
        ClusterStates.requireDeletable(existing.get().getOpenShiftCluster());
        String operationId = operations.start(key, region.location(), ProvisioningState.DELETING);
        try {
            clusters.patch(key, doc -> {
                OpenShiftClusterProperties p = doc.getOpenShiftCluster().getProperties();
                ClusterStates.requireDeletable(doc.getOpenShiftCluster());
                p.setLastProvisioningState(p.getProvisioningState());
                p.setProvisioningState(ProvisioningState.DELETING);
                doc.resetDequeues();
                doc.setAsyncOperationId(operationId);
                doc.setCorrelationData(operations.correlation(correlation));
            });
        } catch (DocumentNotFoundException e) {
            return ArmResult.of(204, null); // deleted while we looked
        }
        enqueued.fire(new WorkEnqueued(key));
        return new ArmResult(202, null, Map.of(
                "Location", AsyncOperationUrls.result(referer, subscriptionId, region.location(), operationId),
                "Azure-AsyncOperation", AsyncOperationUrls.status(referer, subscriptionId, region.location(),
                        operationId),
                "Retry-After", Long.toString(retryAfterSeconds)));
    }
}
