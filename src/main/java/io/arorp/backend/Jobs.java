package io.arorp.backend;

import io.arorp.database.OpenShiftClusterDocument;
import io.arorp.database.SubscriptionDocument;
import java.util.function.Function;

/** Makes the job for a leased document: cluster documents get a {@link ClusterJob}, subscriptions a cascade. */
final class Jobs implements Function<Object, Runnable> {
    private final JobServices services;
    private final Runnable wake;

    Jobs(JobServices services, Runnable wake) {
        this.services = services;
        this.wake = wake;
    }

    @Override
    public Runnable apply(Object leased) {
        if (leased instanceof OpenShiftClusterDocument cluster) {
            return new ClusterJob(services, cluster);
        }
        if (leased instanceof SubscriptionDocument subscription) {
            return new SubscriptionJob(services, subscription, wake);
        }
        throw new IllegalArgumentException("no job for " + leased.getClass());
    }
}
