package io.arorp.backend;

import io.arorp.api.ProvisioningState;
import io.arorp.api.SubscriptionState;
import io.arorp.database.DocumentPage;
import io.arorp.database.LostLeaseException;
import io.arorp.database.OpenShiftClusterDocument;
import io.arorp.database.SubscriptionDocument;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A deleted subscription's cascade, as the original: every finished cluster of it is put into Deleting; once none is
 * left mid-operation the subscription is done, otherwise it is looked at again in ten minutes. The subscription
 * document itself stays.
 */
final class SubscriptionJob implements Runnable {
    private static final Logger LOG = Logger.getLogger(SubscriptionJob.class.getName());
    private final JobServices services;
    private final SubscriptionDocument leased;
    private final Runnable wake;

    SubscriptionJob(JobServices services, SubscriptionDocument leased, Runnable wake) {
        this.services = services;
        this.leased = leased;
        this.wake = wake;
    }

    @Override
    public void run() {
        String id = leased.getId();
        try (Heartbeat heartbeat = new Heartbeat("subscription " + id, () -> services.subscriptions().lease(id),
                services)) {
            if (leased.getDequeues() > services.settings().maxDequeues()) {
                services.subscriptions().endLease(id, false, true);
                return;
            }
            boolean done;
            try {
                done = cascade(id, heartbeat);
            } catch (RuntimeException e) {
                if (e instanceof io.arorp.cluster.JobStoppedException) {
                    throw e;
                }
                LOG.log(Level.WARNING, e, () -> "subscription " + id + ": deleting its clusters failed; retrying");
                services.subscriptions().endLease(id, false, false);
                return;
            }
            services.subscriptions().endLease(id, done, !done);
            LOG.info(() -> "subscription " + id + (done ? ": every cluster is being deleted" : ": retrying later"));
        } catch (io.arorp.cluster.JobStoppedException e) {
            if (!e.leaseLost()) {
                try {
                    services.subscriptions().releaseLease(id);
                } catch (LostLeaseException ignored) {
                    // taken over already
                }
            }
        } catch (LostLeaseException e) {
            LOG.info(() -> "subscription " + id + ": lease lost");
        }
    }

    private boolean cascade(String id, Heartbeat heartbeat) {
        if (leased.getSubscription() == null || leased.getSubscription().getState() != SubscriptionState.DELETED) {
            throw new IllegalStateException("subscription " + id + " is being deleted but is not in state Deleted");
        }
        boolean done = true;
        String continuation = null;
        do {
            heartbeat.safePoint();
            DocumentPage<OpenShiftClusterDocument> page = services.clusters().listByPrefix(id,
                    "/subscriptions/" + id + "/", continuation, 100);
            for (OpenShiftClusterDocument doc : page.items()) {
                ProvisioningState state = doc.getOpenShiftCluster().getProperties().getProvisioningState();
                switch (state) {
                    case SUCCEEDED, FAILED -> {
                        services.clusters().patch(doc.getKey(), d -> {
                            d.getOpenShiftCluster().getProperties().setProvisioningState(ProvisioningState.DELETING);
                            d.resetDequeues();
                        });
                        wake.run();
                    }
                    case CREATING, UPDATING, ADMIN_UPDATING -> done = false;
                    default -> { }
                }
            }
            continuation = page.continuation();
        } while (continuation != null);
        return done;
    }
}
