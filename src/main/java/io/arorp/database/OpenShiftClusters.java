package io.arorp.database;

import static io.arorp.database.store.Fields.number;
import static io.arorp.database.store.Fields.text;

import io.arorp.api.OpenShiftClusterProperties;
import io.arorp.api.ProvisioningState;
import io.arorp.database.store.DocumentStore;
import io.arorp.database.store.StoreQuery;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The OpenShiftClusters container: documents keyed by lower-case ARM id within the subscription's partition. The
 * frontend creates and patches them; the backend dequeues those in progress, heartbeats and ends the lease.
 */
public final class OpenShiftClusters {
    private static final Set<String> IN_PROGRESS = Set.of("Creating", "Deleting", "Updating", "AdminUpdating");
    private static final Set<String> CREATING_OR_DELETING = Set.of("Creating", "Deleting");

    /** Clusters in a non-terminal state whose lease is free or lapsed (cross-partition). */
    public static final StoreQuery DEQUEUE = StoreQuery.of("SELECT * FROM OpenShiftClusters doc WHERE "
            + "doc.openShiftCluster.properties.provisioningState IN (\"Creating\", \"Deleting\", \"Updating\", "
            + "\"AdminUpdating\") AND (doc.leaseExpires ?? 0) < GetCurrentTimestamp() / 1000",
            (d, p, now) -> IN_PROGRESS.contains(text(d, "openShiftCluster", "properties", "provisioningState"))
                    && number(d, 0, "leaseExpires") * 1000 < now)
            .reading("openShiftCluster.properties.provisioningState", "leaseExpires");
    /** The dequeue query's ids only; counted to report the queue length (no aggregates, see the report). */
    public static final StoreQuery QUEUE = new StoreQuery(DEQUEUE.sql().replace("SELECT *", "SELECT doc.id"),
            DEQUEUE.parameters(), DEQUEUE.matcher(), List.of("id"));
    public static final StoreQuery BY_KEY = StoreQuery.of("SELECT * FROM OpenShiftClusters doc WHERE doc.key = @key",
            (d, p, now) -> Objects.equals(text(d, "key"), p.get("@key"))).lookingUp("key", "@key");
    public static final StoreQuery BY_PREFIX = StoreQuery.of(
            "SELECT * FROM OpenShiftClusters doc WHERE STARTSWITH(doc.key, @prefix)",
            (d, p, now) -> text(d, "key") != null && text(d, "key").startsWith((String) p.get("@prefix")));
    public static final StoreQuery BY_CLIENT_ID = StoreQuery.of(
            "SELECT * FROM OpenShiftClusters doc WHERE doc.clientIdKey = @clientID",
            (d, p, now) -> Objects.equals(text(d, "clientIdKey"), p.get("@clientID")))
            .lookingUp("clientIdKey", "@clientID");
    public static final StoreQuery BY_RESOURCE_GROUP_ID = StoreQuery.of(
            "SELECT * FROM OpenShiftClusters doc WHERE doc.clusterResourceGroupIdKey = @resourceGroupID",
            (d, p, now) -> Objects.equals(text(d, "clusterResourceGroupIdKey"), p.get("@resourceGroupID")))
            .lookingUp("clusterResourceGroupIdKey", "@resourceGroupID");
    /** Ids, keys and buckets of clusters that exist and are not being created or deleted (the monitor's view). */
    public static final StoreQuery IDS = new StoreQuery("SELECT doc.id, doc.key, doc.bucket FROM OpenShiftClusters "
            + "doc WHERE doc.openShiftCluster.properties.provisioningState NOT IN (\"Creating\", \"Deleting\")",
            java.util.Map.of(), (d, p, now) -> {
                String state = text(d, "openShiftCluster", "properties", "provisioningState");
                return state != null && !CREATING_OR_DELETING.contains(state);
            }, List.of("id", "key", "bucket"));
    public static final StoreQuery ALL = StoreQuery.of("SELECT * FROM OpenShiftClusters doc", (d, p, now) -> true);

    private final DocumentCollection<OpenShiftClusterDocument> c;
    private final LeaseOwner owner;

    public OpenShiftClusters(DocumentStore store, DocumentCodec codec, LeaseOwner owner) {
        this.c = new DocumentCollection<>(store, Containers.OPENSHIFT_CLUSTERS, codec, OpenShiftClusterDocument.class);
        this.owner = owner;
    }

    /** Fails with {@link PreconditionFailedException} if the key, client id or resource group is already taken. */
    public OpenShiftClusterDocument create(OpenShiftClusterDocument doc) {
        doc.setPartitionKey(Keys.subscriptionOf(Keys.requireLower(doc.getKey())));
        return c.create(doc);
    }

    public Optional<OpenShiftClusterDocument> get(String key) {
        String lower = Keys.lower(key);
        List<OpenShiftClusterDocument> found = c.all(BY_KEY.with("@key", lower), Keys.subscriptionOf(lower));
        if (found.size() > 1) {
            throw new IllegalStateException("found " + found.size() + " documents with key " + lower);
        }
        return found.stream().findFirst();
    }

    public OpenShiftClusterDocument patch(String key, Mutation<OpenShiftClusterDocument> mutation) {
        return c.patch(() -> getOrThrow(key), mutation);
    }

    /** A patch by the backend worker that holds the lease; {@link LostLeaseException} if it no longer does. */
    public OpenShiftClusterDocument patchWithLease(String key, Mutation<OpenShiftClusterDocument> mutation) {
        return c.patchOwned(() -> getOrThrow(key), Leases.whileOwned(c.name(), owner, mutation));
    }

    /** Writes back a document read earlier; {@link PreconditionFailedException} if it changed since. */
    public OpenShiftClusterDocument update(OpenShiftClusterDocument doc) {
        return c.replace(doc);
    }

    public void delete(OpenShiftClusterDocument doc) {
        c.delete(doc.getPartitionKey(), doc);
    }

    /** Leases the first cluster with work to do and a free lease, if any. */
    public Optional<OpenShiftClusterDocument> dequeue() {
        return Leases.dequeue(c, DEQUEUE, owner);
    }

    /** The heartbeat: renews this process's lease for another {@value Triggers#LEASE_SECONDS} s. */
    public OpenShiftClusterDocument lease(String key) {
        return lease(key, null);
    }

    /**
     * The heartbeat, also recording the job's latest step when the job left it unwritten (null: none). A record
     * older than the one on the document is not written back over it (the job may have written a newer one itself).
     */
    public OpenShiftClusterDocument lease(String key, BackendProgress progress) {
        return Leases.renew(c, () -> getOrThrow(key), owner, d -> {
            BackendProgress current = d.getBackendProgress();
            if (progress != null && (current == null || current.started() == null
                    || !progress.started().isBefore(current.started()))) {
                d.setBackendProgress(progress);
            }
        });
    }

    /**
     * Releases the lease with the outcome of the work, as the original: maintenance task cleared, dequeues reset
     * unless the work failed, and on a terminal state the request bookkeeping (correlation, async operation, last
     * state) cleared and the admin-update error recorded when given.
     */
    public OpenShiftClusterDocument endLease(String key, ProvisioningState provisioningState,
            ProvisioningState failedProvisioningState, String adminUpdateError) {
        return patchWithLease(key, doc -> {
            OpenShiftClusterProperties properties = doc.getOpenShiftCluster().getProperties();
            properties.setProvisioningState(provisioningState);
            properties.setFailedProvisioningState(failedProvisioningState);
            properties.setMaintenanceTask(null);
            doc.setLeaseOwner(null);
            doc.setLeaseExpires(0);
            if (provisioningState != ProvisioningState.FAILED) {
                doc.setDequeues(0);
            }
            if (provisioningState.isTerminal()) {
                doc.setCorrelationData(null);
                doc.setAsyncOperationId(null);
                properties.setLastProvisioningState(null);
                if (adminUpdateError != null) {
                    properties.setLastAdminUpdateError(adminUpdateError);
                }
            }
        });
    }

    /**
     * Gives the lease up without recording an outcome, so another worker (or this process after a restart) resumes
     * the work at once: used when a job stops at a safe point on shutdown. The dequeue still counts.
     */
    public OpenShiftClusterDocument releaseLease(String key) {
        return patchWithLease(key, doc -> {
            doc.setLeaseOwner(null);
            doc.setLeaseExpires(0);
        });
    }

    /** Clusters of a subscription (or resource group) whose key starts with {@code prefix}, a page at a time. */
    public DocumentPage<OpenShiftClusterDocument> listByPrefix(String subscriptionId, String prefix,
            String continuation, int pageSize) {
        return c.page(BY_PREFIX.with("@prefix", Keys.lower(prefix)), Keys.lower(subscriptionId), continuation,
                pageSize);
    }

    public DocumentPage<OpenShiftClusterDocument> list(String continuation, int pageSize) {
        return c.page(ALL, null, continuation, pageSize);
    }

    public List<OpenShiftClusterDocument> getByClientId(String subscriptionId, String clientId) {
        return c.all(BY_CLIENT_ID.with("@clientID", Keys.lower(clientId)), Keys.lower(subscriptionId));
    }

    public List<OpenShiftClusterDocument> getByClusterResourceGroupId(String subscriptionId, String resourceGroupId) {
        return c.all(BY_RESOURCE_GROUP_ID.with("@resourceGroupID", Keys.lower(resourceGroupId)),
                Keys.lower(subscriptionId));
    }

    /** Documents carrying only id, key and bucket. */
    public List<OpenShiftClusterDocument> listIds() {
        return c.all(IDS, null);
    }

    /** How many clusters wait for a backend worker (the original's queue-length gauge). */
    public int queueLength() {
        return c.all(QUEUE, null).size();
    }

    /** A reader of every cluster change, from the beginning (null) or a saved continuation. */
    public ChangeFeed<OpenShiftClusterDocument> changeFeed(String continuation) {
        return c.changeFeed(continuation);
    }

    private OpenShiftClusterDocument getOrThrow(String key) {
        return get(key).orElseThrow(() -> new DocumentNotFoundException("cluster " + key + " does not exist"));
    }
}
