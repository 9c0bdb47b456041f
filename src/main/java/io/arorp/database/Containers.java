package io.arorp.database;

import io.arorp.database.store.ContainerSpec;
import java.util.List;

/**
 * The containers as the original's deployment template creates them (partition keys, unique keys, TTLs, triggers).
 * Kept in one place like that template, because the store creates them all at start-up; the collection classes
 * hold their own queries and keys.
 */
public final class Containers {
    public static final ContainerSpec OPENSHIFT_CLUSTERS = new ContainerSpec("OpenShiftClusters", "/partitionKey",
            List.of("/key", "/clusterResourceGroupIdKey", "/clientIdKey"), null, List.of(Triggers.renewLease()))
            .indexing("openShiftCluster.properties.provisioningState", "leaseExpires");
    public static final ContainerSpec SUBSCRIPTIONS = new ContainerSpec("Subscriptions", "/id", List.of(), null,
            List.of(Triggers.renewLease(), Triggers.retryLater())).indexing("deleting", "leaseExpires");
    /** Async operations expire after 7 days: ARM stops polling long before. */
    public static final ContainerSpec ASYNC_OPERATIONS = new ContainerSpec("AsyncOperations", "/id", List.of(),
            7 * 24 * 3600, List.of());
    public static final ContainerSpec BILLING = new ContainerSpec("Billing", "/id", List.of(), null,
            List.of(Triggers.setCreationBillingTimeStamp(), Triggers.setDeletionBillingTimeStamp()));
    public static final ContainerSpec OPENSHIFT_VERSIONS = new ContainerSpec("OpenShiftVersions", "/id", List.of(), -1,
            List.of());
    public static final ContainerSpec PLATFORM_WORKLOAD_IDENTITY_ROLE_SETS = new ContainerSpec(
            "PlatformWorkloadIdentityRoleSets", "/id", List.of(), -1, List.of());
    public static final ContainerSpec POOL_WORKERS = new ContainerSpec("PoolWorkers", "/workerType", List.of(), -1,
            List.of(Triggers.renewLease()));
    public static final ContainerSpec PORTAL = new ContainerSpec("Portal", "/id", List.of(), -1, List.of());
    public static final ContainerSpec GATEWAY = new ContainerSpec("Gateway", "/id", List.of(), -1, List.of());
    public static final ContainerSpec MAINTENANCE_MANIFESTS = new ContainerSpec("MaintenanceManifests",
            "/clusterResourceID", List.of(), -1, List.of(Triggers.renewLease()));
    public static final ContainerSpec MAINTENANCE_SCHEDULES = new ContainerSpec("MaintenanceSchedules", "/id",
            List.of(), -1, List.of(Triggers.renewLease()));

    /**
     * The simulated Azure cloud of dev and test (resource groups, networks, DNS records, ...), partitioned by
     * subscription. Not in {@link #ALL}: prod never creates it; the simulation's producer does.
     */
    public static final ContainerSpec SIMULATED_CLOUD = new ContainerSpec("SimulatedCloud", "/partitionKey", List.of(),
            -1, List.of()).indexing("type", "resourceGroupKey", "id"); // the per-subscription scans of quota, VMs, ...

    public static final List<ContainerSpec> ALL = List.of(OPENSHIFT_CLUSTERS, SUBSCRIPTIONS, ASYNC_OPERATIONS, BILLING,
            OPENSHIFT_VERSIONS, PLATFORM_WORKLOAD_IDENTITY_ROLE_SETS, POOL_WORKERS, PORTAL, GATEWAY,
            MAINTENANCE_MANIFESTS, MAINTENANCE_SCHEDULES);

    private Containers() {
    }
}
