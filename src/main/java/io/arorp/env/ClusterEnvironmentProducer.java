package io.arorp.env;

import io.arorp.env.kube.KubeconfigClusterClients;
import io.arorp.env.sim.cluster.ClusterSnapshotStore;
import io.arorp.env.sim.cluster.FileClusterSnapshotStore;
import io.arorp.env.sim.cluster.SimulatedCluster;
import io.arorp.env.sim.cluster.SimulatedClusters;
import io.arorp.util.json.Jackson;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Hands out the cluster seam: {@link ClusterClients} everywhere (real and simulated clusters are both reached by
 * kubeconfig), and in dev and test the {@link SimulatedClusters} the simulated installer starts clusters in, brought
 * back from their snapshots when the application starts.
 */
@ApplicationScoped
public class ClusterEnvironmentProducer {
    private RpMode mode;
    private Duration clientReadTimeout;
    private Optional<String> snapshotPath;
    private Duration persistInterval;
    private Duration idleStop;

    /** Liberty's default scheduler: watch timeouts and snapshot saving run on it. */
    @Resource
    private ManagedScheduledExecutorService scheduler;

    @Inject
    public ClusterEnvironmentProducer(
            RpMode mode,
            @ConfigProperty(name = "aro.cluster.client.read-timeout", defaultValue = "PT30S") Duration clientReadTimeout,
            @ConfigProperty(name = "aro.sim.clusters.path") Optional<String> snapshotPath,
            @ConfigProperty(name = "aro.sim.clusters.persist-interval", defaultValue = "PT2S") Duration persistInterval,
            @ConfigProperty(name = "aro.sim.clusters.idle-stop", defaultValue = "PT1M") Duration idleStop) {
        this.mode = mode;
        this.clientReadTimeout = clientReadTimeout;
        this.snapshotPath = snapshotPath.filter(p -> !p.isBlank());
        this.persistInterval = persistInterval;
        this.idleStop = idleStop;
    }

    /** CDI needs a no-arg constructor to proxy this normal-scoped bean. */
    protected ClusterEnvironmentProducer() {
    }

    @Produces
    @Singleton
    public ClusterClients clusterClients() {
        return new KubeconfigClusterClients(clientReadTimeout);
    }

    /** Stops the clients' shared connections and threads with the application (they would pin its class loader). */
    public static void closeClusterClients(@Disposes ClusterClients clients) throws Exception {
        if (clients instanceof AutoCloseable closeable) {
            closeable.close();
        }
    }

    @Produces
    @Singleton
    public ClusterSnapshotStore clusterSnapshotStore() {
        requireSimulation();
        try {
            Path directory = snapshotPath.isPresent() ? Path.of(snapshotPath.get())
                    : Files.createTempDirectory("aro-rp-clusters");
            return new FileClusterSnapshotStore(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a directory for simulated cluster snapshots", e);
        }
    }

    @Produces
    @Singleton
    public SimulatedClusters simulatedClusters(ClusterSnapshotStore store, Clock clock) {
        requireSimulation();
        return new SimulatedClusters(store,
                new SimulatedCluster.Shared(clock, new SecureRandom(), scheduler, Jackson.newMapper()), persistInterval,
                idleStop.isZero() ? null : idleStop);
    }

    /** Snapshots and stops every simulated cluster before the application goes away. */
    public static void closeSimulatedClusters(@Disposes SimulatedClusters clusters) {
        clusters.close();
    }

    /** Stored simulated clusters come back with the RP, so the kubeconfigs stored with them answer again. */
    void restoreSimulatedClusters(@Observes @Initialized(ApplicationScoped.class) Object event,
                                  Instance<SimulatedClusters> clusters) {
        if (mode != RpMode.PROD) {
            clusters.get().restoreAll();
        }
    }

    private void requireSimulation() {
        if (mode == RpMode.PROD) {
            throw new IllegalStateException("simulated clusters are not available in prod");
        }
    }
}
