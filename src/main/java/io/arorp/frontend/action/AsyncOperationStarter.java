package io.arorp.frontend.action;

import io.arorp.api.AsyncOperation;
import io.arorp.api.ProvisioningState;
import io.arorp.database.AsyncOperationDocument;
import io.arorp.database.AsyncOperations;
import io.arorp.database.CorrelationData;
import io.arorp.database.Keys;
import io.arorp.env.Ids;
import io.arorp.util.log.Correlation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;

/**
 * Writes the async-operation record ARM polls for a cluster write, before the cluster document points at it (the
 * record is harmless if the cluster write then loses a race: it is never referenced and expires with the TTL).
 */
@ApplicationScoped
public class AsyncOperationStarter {
    private AsyncOperations operations;
    private Ids ids;
    private Clock clock;

    @Inject
    public AsyncOperationStarter(AsyncOperations operations, Ids ids, Clock clock) {
        this.operations = operations;
        this.ids = ids;
        this.clock = clock;
    }

    protected AsyncOperationStarter() {
    }

    /** Returns the new operation's id. */
    public String start(String clusterKey, String location, ProvisioningState initialStatus) {
        String id = ids.newId();
        AsyncOperation op = new AsyncOperation();
        op.setId(("/subscriptions/" + Keys.subscriptionOf(clusterKey) + "/providers/microsoft.redhatopenshift/locations/"
                + location + "/operationsstatus/" + id).toLowerCase(Locale.ROOT));
        op.setName(id);
        op.setInitialStatus(initialStatus);
        op.setStatus(initialStatus);
        op.setStartTime(OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC));
        AsyncOperationDocument doc = new AsyncOperationDocument();
        doc.setId(id);
        doc.setOpenShiftClusterKey(clusterKey);
        doc.setAsyncOperation(op);
        operations.create(doc);
        return id;
    }

    /** The correlation of the request that started the work, kept on the document for the backend's logs. */
    public CorrelationData correlation(Correlation correlation) {
        CorrelationData data = new CorrelationData();
        data.setRequestId(correlation.requestId());
        data.setCorrelationId(correlation.correlationId());
        data.setClientRequestId(correlation.clientRequestId());
        data.setRequestTime(OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC));
        return data;
    }
}
