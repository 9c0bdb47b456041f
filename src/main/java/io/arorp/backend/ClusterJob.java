package io.arorp.backend;

import io.arorp.api.InstallPhase;
import io.arorp.api.MaintenanceState;
import io.arorp.api.ProvisioningState;
import io.arorp.cluster.ClusterContext;
import io.arorp.cluster.JobStoppedException;
import io.arorp.database.CorrelationData;
import io.arorp.database.LostLeaseException;
import io.arorp.database.OpenShiftClusterDocument;
import io.arorp.util.log.Correlation;
import io.arorp.util.log.LogContext;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One leased cluster document worked on by one worker: the original's state machine (Creating runs one install phase
 * per lease, Updating, AdminUpdating, Deleting) under a heartbeat, logged with the correlation ids of the request
 * that asked for it. Stopping at a safe point releases the lease (shutdown) or walks away (lease lost).
 */
final class ClusterJob implements Runnable {
    private static final Logger LOG = Logger.getLogger(ClusterJob.class.getName());
    private final JobServices services;
    private final OpenShiftClusterDocument leased;
    private final Completion completion;

    ClusterJob(JobServices services, OpenShiftClusterDocument leased) {
        this.services = services;
        this.leased = leased;
        this.completion = new Completion(services);
    }

    @Override
    public void run() {
        String key = leased.getKey();
        long started = System.nanoTime();
        setLogContext(leased.getCorrelationData());
        recordPickup();
        // The heartbeat also writes the step the job left unwritten (ClusterContext.enter); the context comes later.
        AtomicReference<ClusterContext> running = new AtomicReference<>();
        Heartbeat.Renewal renewal = () -> {
            ClusterContext c = running.get();
            services.clusters().lease(key, c == null ? null : c.takeUnwrittenProgress());
        };
        try (Heartbeat heartbeat = new Heartbeat("cluster " + key, renewal, services)) {
            if (leased.getDequeues() > services.settings().maxDequeues()) {
                end(heartbeat, leased, ProvisioningState.FAILED, new IllegalStateException(
                        "dequeued " + leased.getDequeues() + " times, failing"), started);
                return;
            }
            ClusterContext context = new ClusterContext(services.clusters(), leased,
                    services.subscriptions().get(leased.getPartitionKey()).orElse(null), services.env(), heartbeat,
                    services.settings().progressInterval());
            running.set(context);
            dispatch(context, heartbeat, started);
        } catch (JobStoppedException e) {
            LOG.info(() -> "cluster " + key + ": " + e.getMessage());
            if (!e.leaseLost()) {
                release(key);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, e, () -> "cluster " + key + ": the job failed outside its steps; the lease lapses");
        } finally {
            LogContext.clear();
        }
    }

    /**
     * How long the request's intent waited for a worker: from the PUT/PATCH/DELETE's request time to this job's
     * start, for the first lease after the write only (a second install phase or a retry would count the earlier
     * work as waiting).
     */
    private void recordPickup() {
        CorrelationData correlation = leased.getCorrelationData();
        var properties = leased.getOpenShiftCluster().getProperties();
        boolean secondPhase = properties.getInstall() != null
                && properties.getInstall().getPhase() == InstallPhase.REMOVE_BOOTSTRAP;
        if (leased.getDequeues() == 1 && !secondPhase && correlation != null && correlation.getRequestTime() != null) {
            services.metrics().pickup(Duration.between(correlation.getRequestTime().toInstant(),
                    services.clock().instant()));
        }
    }

    private void dispatch(ClusterContext c, Heartbeat heartbeat, long started) {
        ProvisioningState state = c.properties().getProvisioningState();
        try {
            switch (state) {
                case CREATING -> {
                    services.manager().install(c);
                    end(heartbeat, c.doc(), c.properties().getInstall() == null ? ProvisioningState.SUCCEEDED
                            : ProvisioningState.CREATING, null, started);
                }
                case UPDATING -> {
                    services.manager().update(c);
                    end(heartbeat, c.doc(), ProvisioningState.SUCCEEDED, null, started);
                }
                case ADMIN_UPDATING -> {
                    services.manager().adminUpdate(c);
                    c.patch(d -> d.getOpenShiftCluster().getProperties().setMaintenanceState(MaintenanceState.NONE));
                    end(heartbeat, c.doc(), ProvisioningState.SUCCEEDED, null, started);
                }
                case DELETING -> delete(c, heartbeat, started);
                default -> LOG.warning(() -> "cluster " + c.doc().getKey() + " dequeued in state " + state.value());
            }
        } catch (JobStoppedException e) {
            throw e;
        } catch (Exception e) {
            LOG.log(Level.WARNING, e, () -> "cluster " + c.doc().getKey() + ": " + state.value() + " failed");
            end(heartbeat, c.doc(), ProvisioningState.FAILED, e, started);
        }
    }

    /** Ends the lease with the outcome; the heartbeat stops first, so no beat in flight reports the lease lost. */
    private void end(Heartbeat heartbeat, io.arorp.database.OpenShiftClusterDocument doc, ProvisioningState state,
            Exception error, long started) {
        heartbeat.close();
        completion.end(doc, state, error, started);
    }

    /** After the delete the operation succeeds at once; the document goes after the delay (the monitor's grace). */
    private void delete(ClusterContext c, Heartbeat heartbeat, long started) throws Exception {
        services.manager().delete(c);
        completion.completeOperation(c.doc(), ProvisioningState.SUCCEEDED, null, null, false);
        heartbeat.close();
        long wait = services.settings().deleteDelay().toNanos() - (System.nanoTime() - started);
        if (wait > 0) {
            Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
        }
        services.clusters().get(c.doc().getKey()).ifPresent(services.clusters()::delete);
        services.metrics().job(ProvisioningState.DELETING.value(), "Deleted",
                java.time.Duration.ofNanos(System.nanoTime() - started));
        LOG.info(() -> "cluster " + c.doc().getKey() + ": deleted");
    }

    private void release(String key) {
        try {
            services.clusters().releaseLease(key);
        } catch (LostLeaseException | io.arorp.database.DocumentNotFoundException e) {
            // someone else has it already
        }
    }

    private static void setLogContext(CorrelationData data) {
        if (data != null) {
            LogContext.set(new Correlation(data.getRequestId(), data.getCorrelationId(), data.getClientRequestId()));
        }
    }
}
