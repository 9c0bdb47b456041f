package io.arorp.frontend.action;

import io.arorp.api.OpenShiftCluster;
import io.arorp.api.ProvisioningState;
import io.arorp.api.validate.ValidationContext;
import io.arorp.api.version.TreeConverter;
import io.arorp.database.Keys;
import io.arorp.database.OpenShiftClusterDocument;
import io.arorp.database.OpenShiftClusters;
import io.arorp.database.Retry;
import io.arorp.database.WorkEnqueued;
import io.arorp.env.RpRegion;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * PUT (full replacement) and PATCH (merge) of a cluster. Only writes intent: the cluster document in a non-terminal
 * state plus the async-operation record; the backend does the work. The whole step is repeated when another writer
 * wins the race for the document.
 */
@ApplicationScoped
public class PutOrPatchCluster {
    private OpenShiftClusters clusters;
    private SubscriptionGate gate;
    private AsyncOperationStarter operations;
    private ClusterIntent intent;
    private RpRegion region;
    private Event<WorkEnqueued> enqueued;
    private String managedDomain;
    private long retryAfterSeconds;

    @Inject
    public PutOrPatchCluster(OpenShiftClusters clusters, SubscriptionGate gate, AsyncOperationStarter operations,
            ClusterIntent intent, RpRegion region, Event<WorkEnqueued> enqueued,
            @ConfigProperty(name = "aro.managed-domain") Optional<String> managedDomain,
            @ConfigProperty(name = "aro.frontend.retry-after-seconds", defaultValue = "5") long retryAfterSeconds) {
        this.clusters = clusters;
        this.gate = gate;
        this.operations = operations;
        this.intent = intent;
        this.region = region;
        this.enqueued = enqueued;
        this.managedDomain = managedDomain.filter(d -> !d.isBlank()).orElse(region.location() + ".aroapp.io");
        this.retryAfterSeconds = retryAfterSeconds;
    }

    protected PutOrPatchCluster() {
    }

    /** The RP's managed-domain suffix, e.g. {@code eastus.aroapp.io}. */
    String managedDomain() {
        return managedDomain;
    }

    public ArmResult run(ClusterWriteRequest request) {
        String key = Keys.lower(request.resourceId());
        String subscriptionId = Keys.subscriptionOf(key);
        gate.require(subscriptionId, SubscriptionGate.WRITE);
        TreeConverter<OpenShiftCluster> converter = request.version().clusters();
        Written outcome = Retry.onPreconditionFailed(() -> {
            Optional<OpenShiftClusterDocument> existing = clusters.get(key);
            existing.ifPresent(doc -> ClusterStates.requireWritable(doc.getOpenShiftCluster()));
            ValidationContext context = ValidationContext.of(request.resourceId(), region.location(), managedDomain);
            OpenShiftClusterDocument doc = existing.isPresent()
                    ? intent.update(existing.get(), request, context)
                    : intent.create(key, request, context);
            ProvisioningState state = doc.getOpenShiftCluster().getProperties().getProvisioningState();
            doc.setAsyncOperationId(operations.start(key, region.location(), state));
            doc.setCorrelationData(operations.correlation(request.correlation()));
            return existing.isPresent() ? new Written(clusters.update(doc), false)
                    : new Written(intent.persistNew(doc), true);
        });
        OpenShiftClusterDocument written = outcome.document();
        enqueued.fire(new WorkEnqueued(key));
        Object body = converter.toExternal(ClusterStates.forResponse(written.getOpenShiftCluster()));
        String asyncUrl = AsyncOperationUrls.status(request.referer(), subscriptionId, region.location(),
                written.getAsyncOperationId());
        return new ArmResult(outcome.created() ? 201 : 200, body, Map.of("Azure-AsyncOperation", asyncUrl,
                "Retry-After", Long.toString(retryAfterSeconds)));
    }

    private record Written(OpenShiftClusterDocument document, boolean created) {
    }
}
