package io.arorp.database;

import static io.arorp.database.store.Fields.number;
import static io.arorp.database.store.Fields.text;

import io.arorp.database.store.DocumentStore;
import io.arorp.database.store.StoreQuery;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The MaintenanceManifests container (partition = lower-case cluster resource id). */
public final class MaintenanceManifests {
    public static final StoreQuery FOR_CLUSTER = StoreQuery.of(
            "SELECT * FROM MaintenanceManifests doc WHERE doc.clusterResourceID = @clusterResourceID",
            (d, p, now) -> Objects.equals(text(d, "clusterResourceID"), p.get("@clusterResourceID")));
    public static final StoreQuery QUEUED_FOR_CLUSTER = StoreQuery.of("SELECT * FROM MaintenanceManifests doc WHERE "
            + "doc.maintenanceManifest.state IN (\"Pending\") AND doc.clusterResourceID = @clusterResourceID",
            (d, p, now) -> "Pending".equals(text(d, "maintenanceManifest", "state"))
                    && Objects.equals(text(d, "clusterResourceID"), p.get("@clusterResourceID")));
    /** Pending manifests of every cluster whose lease is free (the original also orders by id; done by callers). */
    public static final StoreQuery QUEUED = StoreQuery.of("SELECT * FROM MaintenanceManifests doc WHERE "
            + "doc.maintenanceManifest.state IN (\"Pending\") AND (doc.leaseExpires ?? 0) < GetCurrentTimestamp() / 1000",
            (d, p, now) -> "Pending".equals(text(d, "maintenanceManifest", "state"))
                    && number(d, 0, "leaseExpires") * 1000 < now);
    /** Pending manifests a schedule created, across clusters (cancelled together when SREs stop a schedule). */
    public static final StoreQuery PENDING_FROM_SCHEDULE = StoreQuery.of("SELECT * FROM MaintenanceManifests doc WHERE "
            + "doc.maintenanceManifest.state IN (\"Pending\") AND doc.maintenanceManifest.createdBySchedule = @scheduleID",
            (d, p, now) -> "Pending".equals(text(d, "maintenanceManifest", "state"))
                    && Objects.equals(text(d, "maintenanceManifest", "createdBySchedule"), p.get("@scheduleID")));

    private final DocumentCollection<MaintenanceManifestDocument> c;
    private final LeaseOwner owner;

    public MaintenanceManifests(DocumentStore store, DocumentCodec codec, LeaseOwner owner) {
        this.c = new DocumentCollection<>(store, Containers.MAINTENANCE_MANIFESTS, codec,
                MaintenanceManifestDocument.class);
        this.owner = owner;
    }

    public MaintenanceManifestDocument create(MaintenanceManifestDocument doc) {
        doc.setClusterResourceId(Keys.lower(doc.getClusterResourceId()));
        return c.create(doc);
    }

    public Optional<MaintenanceManifestDocument> get(String clusterResourceId, String id) {
        return c.get(Keys.lower(clusterResourceId), id);
    }

    public DocumentPage<MaintenanceManifestDocument> listForCluster(String clusterResourceId, String continuation,
            int pageSize) {
        String key = Keys.lower(clusterResourceId);
        return c.page(FOR_CLUSTER.with("@clusterResourceID", key), key, continuation, pageSize);
    }

    public List<MaintenanceManifestDocument> queuedForCluster(String clusterResourceId) {
        String key = Keys.lower(clusterResourceId);
        return c.all(QUEUED_FOR_CLUSTER.with("@clusterResourceID", key), key);
    }

    /** Pending manifests of all clusters whose lease is free. */
    public List<MaintenanceManifestDocument> queued() {
        return c.all(QUEUED, null);
    }

    /** One page of {@link #queued()}, for the admin API's queue view. */
    public DocumentPage<MaintenanceManifestDocument> queuedPage(String continuation, int pageSize) {
        return c.page(QUEUED, null, continuation, pageSize);
    }

    public List<MaintenanceManifestDocument> pendingFromSchedule(String scheduleId) {
        return c.all(PENDING_FROM_SCHEDULE.with("@scheduleID", scheduleId), null);
    }

    public MaintenanceManifestDocument patch(String clusterResourceId, String id,
            Mutation<MaintenanceManifestDocument> mutation) {
        return c.patch(() -> getOrThrow(clusterResourceId, id), mutation);
    }

    public MaintenanceManifestDocument patchWithLease(String clusterResourceId, String id,
            Mutation<MaintenanceManifestDocument> mutation) {
        return c.patchOwned(() -> getOrThrow(clusterResourceId, id), Leases.whileOwned(c.name(), owner, mutation));
    }

    /** Takes the lease of a manifest (read a moment ago); empty if another actuator changed or took it first. */
    public Optional<MaintenanceManifestDocument> lease(MaintenanceManifestDocument manifest) {
        return Leases.tryLease(c, manifest, owner);
    }

    public MaintenanceManifestDocument heartbeat(String clusterResourceId, String id) {
        return Leases.renew(c, () -> getOrThrow(clusterResourceId, id), owner);
    }

    /** Releases the lease, recording the outcome state (e.g. Completed, Failed) and its explanation. */
    public MaintenanceManifestDocument endLease(String clusterResourceId, String id, String state, String statusText) {
        return patchWithLease(clusterResourceId, id, doc -> {
            doc.getMaintenanceManifest().put("state", state);
            if (statusText != null) {
                doc.getMaintenanceManifest().put("statusText", statusText);
            }
            doc.setLeaseOwner(null);
            doc.setLeaseExpires(0);
        });
    }

    public void delete(MaintenanceManifestDocument doc) {
        c.delete(doc.getClusterResourceId(), doc);
    }

    /** {@link DocumentNotFoundException} if there is no such manifest. */
    public void delete(String clusterResourceId, String id) {
        delete(getOrThrow(clusterResourceId, id));
    }

    private MaintenanceManifestDocument getOrThrow(String clusterResourceId, String id) {
        return get(clusterResourceId, id).orElseThrow(() -> new DocumentNotFoundException(
                "maintenance manifest " + id + " of " + clusterResourceId + " does not exist"));
    }
}
