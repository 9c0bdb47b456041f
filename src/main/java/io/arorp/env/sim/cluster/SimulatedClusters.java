package io.arorp.env.sim.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The simulated clusters of this RP process, by cluster id (the cluster's ARM resource id; case-insensitive like ARM).
 * <p>
 * Lifecycle: {@link #start} seeds a new cluster (or brings a stored one back); every write to a running cluster is
 * snapshotted to the {@link ClusterSnapshotStore} within one persist interval; {@link #stop} snapshots and shuts a
 * cluster down but keeps it stored (like stopping its VMs), {@link #get} and {@link #restoreAll} bring stored
 * clusters back after an RP restart, and {@link #delete} removes one for good. {@link #close} snapshots and stops all.
 */
public class SimulatedClusters implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(SimulatedClusters.class.getName());

    private final ClusterSnapshotStore store;
    private final SimulatedCluster.Shared shared;
    private final Map<String, Running> running = new LinkedHashMap<>();
    private final ScheduledFuture<?> persister;
    private final Duration idleStop;

    /** A running cluster and the change count of its last stored snapshot. */
    private static final class Running {
        final SimulatedCluster cluster;
        long savedChanges = -1;

        Running(SimulatedCluster cluster) {
            this.cluster = cluster;
        }
    }

    /**
     * @param persistInterval how often changed clusters are snapshotted (on {@code shared.timer()})
     */
    public SimulatedClusters(ClusterSnapshotStore store, SimulatedCluster.Shared shared, Duration persistInterval) {
        this(store, shared, persistInterval, null);
    }

    /**
     * @param persistInterval how often changed clusters are snapshotted and idle mocks looked for
     * @param idleStop how long a cluster's mock runs unused before it is stopped (null: never)
     */
    public SimulatedClusters(ClusterSnapshotStore store, SimulatedCluster.Shared shared, Duration persistInterval,
            Duration idleStop) {
        this.store = store;
        this.shared = shared;
        this.idleStop = idleStop;
        long millis = persistInterval.toMillis();
        this.persister = shared.timer().scheduleWithFixedDelay(this::persistChangedQuietly, millis, millis,
                TimeUnit.MILLISECONDS);
    }

    /**
     * The cluster {@code id}, running: already running, restored from its snapshot, or new and seeded from
     * {@code seed}. Idempotent, so an install step that is retried after a crash finds the same cluster.
     * <p>
     * A new cluster is made (its CA and keys, its seeded objects) outside the registry's lock: made under it, the
     * installs of a hundred workers queued behind one another here (27 s waits on average with 300 clusters queued)
     * and so did every other use of the registry. Two calls for one id may both make a cluster; the first registered
     * wins and the other is closed unused.
     */
    public SimulatedCluster start(String id, ClusterSeed seed) throws IOException {
        synchronized (this) {
            Optional<SimulatedCluster> existing = get(id);
            if (existing.isPresent()) {
                return existing.get();
            }
        }
        SimulatedCluster created = SimulatedCluster.create(id, seed, shared);
        synchronized (this) {
            Running current = running.get(key(id));
            if (current != null) {
                created.close();
                return current.cluster;
            }
            Running entry = new Running(created);
            running.put(key(id), entry);
            save(entry);
            LOG.info(() -> "simulated cluster " + id + " started at " + entry.cluster.server());
            return entry.cluster;
        }
    }

    /** The cluster if it runs, or was stored and could be brought back; empty if unknown. */
    public synchronized Optional<SimulatedCluster> get(String id) throws IOException {
        Running entry = running.get(key(id));
        if (entry != null) {
            return Optional.of(entry.cluster);
        }
        Optional<byte[]> snapshot = store.load(key(id));
        if (snapshot.isEmpty()) {
            return Optional.empty();
        }
        Running restored = new Running(SimulatedCluster.restore(snapshot.get(), shared));
        restored.savedChanges = restored.cluster.changes();
        running.put(key(id), restored);
        LOG.info(() -> "simulated cluster " + id + " restored at " + restored.cluster.server());
        return Optional.of(restored.cluster);
    }

    /** Brings back every stored cluster that is not running, so the kubeconfigs stored with them answer again. */
    public synchronized void restoreAll() {
        for (String id : store.clusterIds()) {
            try {
                get(id);
            } catch (IOException | RuntimeException e) {
                LOG.log(Level.WARNING, e, () -> "simulated cluster " + id + " could not be restored");
            }
        }
    }

    /** Snapshots and shuts the cluster down; it stays stored. A no-op for a cluster that does not run. */
    public synchronized void stop(String id) {
        Running entry = running.remove(key(id));
        if (entry != null) {
            try {
                save(entry);
            } finally {
                entry.cluster.close();
            }
        }
    }

    /** Shuts the cluster down and forgets it. */
    public synchronized void delete(String id) {
        Running entry = running.remove(key(id));
        if (entry != null) {
            entry.cluster.close();
        }
        store.delete(key(id));
    }

    /** Ids (lower case) of the clusters running now. */
    public synchronized Set<String> running() {
        return Set.copyOf(running.keySet());
    }

    /** Snapshots every running cluster that changed since its last snapshot. */
    public synchronized void persistChanged() {
        for (Running entry : running.values()) {
            if (entry.cluster.changes() != entry.savedChanges) {
                save(entry);
            }
        }
    }

    /** Snapshots and stops every cluster; they come back with {@link #restoreAll} in the next process. */
    @Override
    public synchronized void close() {
        persister.cancel(false);
        for (String id : Set.copyOf(running.keySet())) {
            try {
                stop(id);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, e, () -> "simulated cluster " + id + " could not be saved on shutdown");
            }
        }
    }

    private void save(Running entry) {
        long changes = entry.cluster.changes();
        try {
            store.save(key(entry.cluster.id()), entry.cluster.snapshot());
        } catch (IOException e) {
            throw new UncheckedIOException("snapshot of simulated cluster " + entry.cluster.id() + " failed", e);
        }
        entry.savedChanges = changes;
    }

    /**
     * Stops the mocks of clusters nobody used for the idle time and freezes their objects; their endpoints keep
     * answering, and the next request thaws them.
     */
    public synchronized int stopIdleMocks(Duration idle) {
        int stopped = 0;
        for (Running entry : running.values()) {
            if (entry.cluster.stopIdleMock(idle)) {
                stopped++;
            }
        }
        return stopped;
    }

    private void persistChangedQuietly() {
        try {
            persistChanged();
            if (idleStop != null) {
                stopIdleMocks(idleStop);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "saving simulated cluster snapshots failed; retrying next interval", e);
        }
    }

    private static String key(String id) {
        return id.toLowerCase(Locale.ROOT);
    }
}
