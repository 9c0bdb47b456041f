package io.arorp.backend;

import io.arorp.cluster.ClusterEnv;
import io.arorp.cluster.ClusterManager;
import io.arorp.cluster.StepRunner;
import io.arorp.database.AsyncOperations;
import io.arorp.database.OpenShiftClusters;
import io.arorp.database.Subscriptions;
import io.arorp.database.WorkEnqueued;
import io.arorp.env.Roles;
import io.arorp.util.lifecycle.Lifecycle;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.BeforeDestroyed;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The backend role in this process: builds the {@link Dispatcher} when {@code aro.roles} includes backend, wakes it
 * on every {@link WorkEnqueued} (so a new document is picked up at once, not at the next tick) and stops it before
 * the application goes away. Jobs run on Liberty's managed executor and heartbeat on its scheduler.
 */
@ApplicationScoped
public class Backend {
    private static final Logger LOG = Logger.getLogger(Backend.class.getName());

    @Resource
    private ManagedExecutorService executor;
    @Resource
    private ManagedScheduledExecutorService scheduler;

    private boolean enabled;
    private Instance<ClusterEnv> env;
    private Instance<BackendSettings> settings;
    private Instance<BackendMetrics> metrics;
    private OpenShiftClusters clusters;
    private Subscriptions subscriptions;
    private AsyncOperations operations;
    private Lifecycle lifecycle;
    private Clock clock;
    private Duration drainTimeout;
    private volatile Dispatcher dispatcher;

    @Inject
    public Backend(Roles roles, Instance<ClusterEnv> env, Instance<BackendSettings> settings,
            Instance<BackendMetrics> metrics, OpenShiftClusters clusters, Subscriptions subscriptions,
            AsyncOperations operations, Lifecycle lifecycle, Clock clock,
            @ConfigProperty(name = "aro.shutdown.drain-timeout", defaultValue = "PT25S") Duration drainTimeout) {
        this.enabled = roles.has(Roles.BACKEND);
        this.env = env;
        this.settings = settings;
        this.metrics = metrics;
        this.clusters = clusters;
        this.subscriptions = subscriptions;
        this.operations = operations;
        this.lifecycle = lifecycle;
        this.clock = clock;
        this.drainTimeout = drainTimeout;
    }

    protected Backend() {
    }

    public boolean enabled() {
        return enabled;
    }

    /** Builds and first wakes the dispatcher; called once by {@link BackendTimer} at start-up. */
    public synchronized void start() {
        if (!enabled || dispatcher != null) {
            return;
        }
        BackendSettings backendSettings = settings.get();
        BackendMetrics backendMetrics = metrics.get();
        JobServices services = new JobServices(clusters, subscriptions, operations,
                new ClusterManager(new StepRunner(backendMetrics, clock)), env.get(), scheduler, backendSettings,
                backendMetrics, clock, lifecycle::isDraining);
        dispatcher = Dispatcher.create(services, executor);
        Dispatcher d = dispatcher;
        backendMetrics.workers(d::active, d::peak);
        LOG.info(() -> "backend started: up to " + backendSettings.maxWorkers() + " workers");
        dispatcher.wake();
    }

    public Duration tick() {
        return settings.get().tick();
    }

    public void wake() {
        Dispatcher d = dispatcher;
        if (d != null) {
            d.wake();
        }
    }

    /** Synchronous observer on the request thread: only queues a pass. */
    void onEnqueued(@Observes WorkEnqueued event) {
        wake();
    }

    /** Stops dequeuing; running jobs stop at their next safe point and release their leases. */
    void onStop(@Observes @BeforeDestroyed(ApplicationScoped.class) Object event) {
        Dispatcher d = dispatcher;
        if (d != null) {
            lifecycle.drain();
            int left = d.stop(drainTimeout);
            LOG.info(() -> "backend stopped; " + left + " job(s) did not reach a safe point, their leases lapse");
        }
    }

    public Optional<Dispatcher> dispatcher() {
        return Optional.ofNullable(dispatcher);
    }
}
