package io.arorp.database.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.arorp.api.ProvisioningState;
import io.arorp.database.CorrelationData;
import io.arorp.database.LostLeaseException;
import io.arorp.database.OpenShiftClusterDocument;
import io.arorp.database.OpenShiftClusters;
import io.arorp.database.SubscriptionDocument;
import io.arorp.database.Subscriptions;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Leases: dequeue, heartbeat, expiry and takeover (the crash case), end-lease semantics. */
public interface LeaseContract extends DatabaseContract {
    String K1 = DatabaseContract.key("sub1", "rg", "c1");

    @Test
    default void dequeueLeasesOnlyClustersWithWorkAndAFreeLease() {
        OpenShiftClusters a = clusters("a");
        a.create(cluster(K1, ProvisioningState.CREATING));
        a.create(cluster(DatabaseContract.key("sub1", "rg", "done"), ProvisioningState.SUCCEEDED));
        a.create(cluster(DatabaseContract.key("sub2", "rg", "failed"), ProvisioningState.FAILED));
        assertEquals(1, a.queueLength());
        OpenShiftClusterDocument leased = a.dequeue().orElseThrow();
        assertEquals(K1, leased.getKey());
        assertEquals("a", leased.getLeaseOwner());
        assertEquals(1, leased.getDequeues());
        assertEquals(fixture().nowMillis() / 1000 + 60, leased.getLeaseExpires(), 2);
        assertTrue(a.dequeue().isEmpty());
        assertTrue(clusters("b").dequeue().isEmpty());
        assertEquals(0, a.queueLength());
    }

    @Test
    default void aWorkerThatStopsHeartbeatingLosesItsLeaseToAnother() {
        OpenShiftClusters a = clusters("a");
        OpenShiftClusters b = clusters("b");
        a.create(cluster(K1, ProvisioningState.CREATING));
        a.dequeue().orElseThrow();
        a.patchWithLease(K1, d -> d.getOpenShiftCluster().getProperties().setInfraId("written-before-crash"));
        fixture().advance(Duration.ofSeconds(50));
        assertTrue(b.dequeue().isEmpty(), "the lease still runs");
        fixture().advance(Duration.ofSeconds(12)); // a "crashed": no heartbeat for 62 s
        OpenShiftClusterDocument taken = b.dequeue().orElseThrow();
        assertEquals("b", taken.getLeaseOwner());
        assertEquals(2, taken.getDequeues());
        assertEquals("written-before-crash", taken.getOpenShiftCluster().getProperties().getInfraId());
        assertThrows(LostLeaseException.class, () -> a.lease(K1));
        assertThrows(LostLeaseException.class, () -> a.patchWithLease(K1, d -> d.setBucket(7)));
        assertEquals(0, b.get(K1).orElseThrow().getBucket());
    }

    /**
     * The lease holder's own writers (job steps, heartbeat) racing on its document: the plain patch gives up after
     * five lost races, a lease holder's patch keeps trying while its lease lasts, so no step fails on a busy store.
     */
    @Test
    default void theLeaseHoldersConcurrentPatchesAllLand() throws Exception {
        OpenShiftClusters a = clusters("a");
        a.create(cluster(K1, ProvisioningState.CREATING));
        a.dequeue().orElseThrow();
        int threads = 8;
        int perThread = 10;
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads + 1);
        try {
            java.util.List<java.util.concurrent.Future<?>> writers = new java.util.ArrayList<>();
            for (int t = 0; t < threads; t++) {
                writers.add(pool.submit(() -> {
                    for (int i = 0; i < perThread; i++) {
                        a.patchWithLease(K1, d -> d.setBucket(d.getBucket() + 1)); // no catch: none may give up
                    }
                }));
            }
            java.util.concurrent.atomic.AtomicBoolean done = new java.util.concurrent.atomic.AtomicBoolean();
            java.util.concurrent.Future<?> heartbeat = pool.submit(() -> {
                while (!done.get()) {
                    a.lease(K1);
                }
            });
            for (java.util.concurrent.Future<?> f : writers) {
                f.get(120, java.util.concurrent.TimeUnit.SECONDS);
            }
            done.set(true);
            heartbeat.get(120, java.util.concurrent.TimeUnit.SECONDS);
        } finally {
            pool.shutdownNow();
        }
        OpenShiftClusterDocument after = a.get(K1).orElseThrow();
        assertEquals(threads * perThread, after.getBucket());
        assertEquals("a", after.getLeaseOwner());
    }

    @Test
    default void heartbeatsKeepTheLease() {
        OpenShiftClusters a = clusters("a");
        a.create(cluster(K1, ProvisioningState.UPDATING));
        a.dequeue().orElseThrow();
        for (int i = 0; i < 3; i++) {
            fixture().advance(Duration.ofSeconds(40));
            OpenShiftClusterDocument renewed = a.lease(K1);
            assertEquals(fixture().nowMillis() / 1000 + 60, renewed.getLeaseExpires(), 2);
            assertTrue(clusters("b").dequeue().isEmpty());
        }
    }

    @Test
    default void endLeaseOnSuccessClearsTheRequestBookkeeping() {
        OpenShiftClusters a = clusters("a");
        OpenShiftClusterDocument doc = cluster(K1, ProvisioningState.CREATING);
        doc.setAsyncOperationId("op");
        doc.setCorrelationData(new CorrelationData());
        doc.getOpenShiftCluster().getProperties().setLastProvisioningState(ProvisioningState.SUCCEEDED);
        a.create(doc);
        a.dequeue().orElseThrow();
        OpenShiftClusterDocument ended = a.endLease(K1, ProvisioningState.SUCCEEDED, null, "");
        assertEquals("", ended.getLeaseOwner());
        assertEquals(0, ended.getLeaseExpires());
        assertEquals(0, ended.getDequeues());
        assertNull(ended.getAsyncOperationId());
        assertNull(ended.getCorrelationData());
        assertNull(ended.getOpenShiftCluster().getProperties().getLastProvisioningState());
        assertEquals("", ended.getOpenShiftCluster().getProperties().getLastAdminUpdateError());
        assertThrows(LostLeaseException.class, () -> a.lease(K1));
        assertTrue(a.dequeue().isEmpty());
    }

    @Test
    default void endLeaseInANonTerminalStateHandsTheWorkOnAtOnce() {
        OpenShiftClusters a = clusters("a");
        a.create(cluster(K1, ProvisioningState.CREATING));
        a.dequeue().orElseThrow();
        OpenShiftClusterDocument next = a.endLease(K1, ProvisioningState.CREATING, null, null);
        assertEquals(0, next.getDequeues());
        assertEquals("b", clusters("b").dequeue().orElseThrow().getLeaseOwner());
    }

    @Test
    default void endLeaseOnFailureKeepsTheDequeueCount() {
        OpenShiftClusters a = clusters("a");
        a.create(cluster(K1, ProvisioningState.DELETING));
        a.dequeue().orElseThrow();
        OpenShiftClusterDocument failed = a.endLease(K1, ProvisioningState.FAILED, ProvisioningState.DELETING, null);
        assertEquals(1, failed.getDequeues());
        assertEquals(ProvisioningState.DELETING, failed.getOpenShiftCluster().getProperties().getFailedProvisioningState());
    }

    private static SubscriptionDocument subscription(String id, boolean deleting) {
        SubscriptionDocument doc = new SubscriptionDocument();
        doc.setId(id);
        doc.setDeleting(deleting);
        return doc;
    }

    @Test
    default void subscriptionsRetryLaterWaitsTenMinutesOnTheServerClock() {
        Subscriptions a = subscriptions("a");
        a.create(subscription("SUB-1", true));
        a.create(subscription("sub-2", false));
        assertEquals("sub-1", a.dequeue().orElseThrow().getId());
        a.endLease("sub-1", false, true);
        fixture().advance(Duration.ofSeconds(590));
        assertTrue(subscriptions("b").dequeue().isEmpty());
        fixture().advance(Duration.ofSeconds(12));
        SubscriptionDocument again = subscriptions("b").dequeue().orElseThrow();
        assertEquals(1, again.getDequeues());
        SubscriptionDocument done = subscriptions("b").endLease("sub-1", true, false);
        assertTrue(!done.isDeleting() && done.getLeaseExpires() == 0);
        assertTrue(subscriptions("c").dequeue().isEmpty());
    }
}
