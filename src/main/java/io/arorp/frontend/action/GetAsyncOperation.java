package io.arorp.frontend.action;

import io.arorp.api.AsyncOperation;
import io.arorp.api.CloudErrorBody;
import io.arorp.api.CloudException;
import io.arorp.api.OpenShiftCluster;
import io.arorp.api.version.ApiVersion;
import io.arorp.database.AsyncOperationDocument;
import io.arorp.database.AsyncOperations;
import io.arorp.database.Keys;
import io.arorp.database.OpenShiftClusters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What ARM polls after a write: {@code operationsstatus} (the Azure-AsyncOperation status) and
 * {@code operationresults} (the Location result). While the cluster still points at the operation, the backend has
 * not finished it and the status is the operation's initial state.
 */
@ApplicationScoped
public class GetAsyncOperation {
    private AsyncOperations operations;
    private OpenShiftClusters clusters;
    private long retryAfterSeconds;

    @Inject
    public GetAsyncOperation(AsyncOperations operations, OpenShiftClusters clusters,
            @ConfigProperty(name = "aro.frontend.retry-after-seconds", defaultValue = "5") long retryAfterSeconds) {
        this.operations = operations;
        this.clusters = clusters;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    protected GetAsyncOperation() {
    }

    public ArmResult status(String subscriptionId, String operationId) {
        AsyncOperationDocument doc = find(subscriptionId, operationId);
        AsyncOperation op = doc.getAsyncOperation();
        if (inProgress(doc)) {
            return new ArmResult(200, new Status(op.getId(), op.getName(), op.getInitialStatus().value(),
                    op.getStartTime(), null, null), Map.of("Retry-After", Long.toString(retryAfterSeconds)));
        }
        return ArmResult.of(200, new Status(op.getId(), op.getName(), op.getStatus().value(), op.getStartTime(),
                op.getEndTime(), op.getError()));
    }

    public ArmResult result(String subscriptionId, String operationId, URI referer, ApiVersion version) {
        AsyncOperationDocument doc = find(subscriptionId, operationId);
        if (inProgress(doc)) {
            return new ArmResult(202, null, Map.of("Location", referer.toString(),
                    "Retry-After", Long.toString(retryAfterSeconds)));
        }
        OpenShiftCluster snapshot = doc.getOpenShiftCluster();
        if (snapshot == null) {
            return ArmResult.of(204, null);
        }
        return ArmResult.of(200, version.clusters().toExternal(snapshot));
    }

    private AsyncOperationDocument find(String subscriptionId, String operationId) {
        AsyncOperationDocument doc = operations.get(operationId.toLowerCase(Locale.ROOT)).orElse(null);
        if (doc == null || !Keys.subscriptionOf(doc.getOpenShiftClusterKey())
                .equalsIgnoreCase(subscriptionId)) {
            throw new CloudException(404, "NotFound", null, "The entity was not found.");
        }
        return doc;
    }

    private boolean inProgress(AsyncOperationDocument doc) {
        return clusters.get(doc.getOpenShiftClusterKey())
                .map(cluster -> doc.getId().equals(cluster.getAsyncOperationId()))
                .orElse(false);
    }

    /** ARM's operation status body; {@code initialStatus} is internal and never shown. */
    public record Status(String id, String name, String status, OffsetDateTime startTime, OffsetDateTime endTime,
            CloudErrorBody error) {
    }
}
