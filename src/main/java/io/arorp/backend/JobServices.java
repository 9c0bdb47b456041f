package io.arorp.backend;

import io.arorp.cluster.ClusterEnv;
import io.arorp.cluster.ClusterManager;
import io.arorp.database.AsyncOperations;
import io.arorp.database.OpenShiftClusters;
import io.arorp.database.Subscriptions;
import java.time.Clock;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.BooleanSupplier;

/**
 * What every job needs, built once by the backend: collections, the cluster manager and its environment, the
 * heartbeat scheduler, settings, metrics, the clock, and whether the process is shutting down.
 */
public record JobServices(OpenShiftClusters clusters, Subscriptions subscriptions, AsyncOperations operations,
        ClusterManager manager, ClusterEnv env, ScheduledExecutorService scheduler, BackendSettings settings,
        BackendMetrics metrics, Clock clock, BooleanSupplier stopping) {
}
