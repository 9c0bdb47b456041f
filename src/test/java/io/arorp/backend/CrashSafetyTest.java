package io.arorp.backend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.arorp.api.ProvisioningState;
import io.arorp.database.OpenShiftClusterDocument;
import io.arorp.env.sim.cloud.Fault;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Workers die, stall and restart; the cluster still gets installed exactly once. Each "process" is a dispatcher
 * with its own lease owner over one shared store, cloud and set of simulated clusters.
 */
class CrashSafetyTest {
    private static final Duration LONG = Duration.ofSeconds(60);

    @Test
    void aWorkerThatStopsHeartbeatingIsTakenOverAfterLeaseExpiry(@TempDir Path dir) throws Exception {
        try (BackendFixture f = new BackendFixture(dir)) {
            OpenShiftClusterDocument doc = f.enqueueCreate("stall");
            String holdId = f.cloud.calls().inject(new Fault("deployments.deploy", "aro-stall", 0, null, null, null,
                    true, 1));
            Dispatcher stalled = f.dispatcher("a", Duration.ofHours(1), () -> false); // never heartbeats
            stalled.wake();
            awaitStep(f, doc.getKey(), "deployBaseResourceTemplate");
            String infraId = f.clusters("r").get(doc.getKey()).orElseThrow().getOpenShiftCluster().getProperties()
                    .getInfraId();

            f.clock.advance(Duration.ofSeconds(61)); // the 60 s lease lapses on the store's clock
            Dispatcher rescuer = f.dispatcher("b", Duration.ofMillis(200), () -> false);
            rescuer.wake();
            f.await(doc.getKey(), ProvisioningState.SUCCEEDED, LONG);

            f.cloud.calls().remove(holdId); // the stalled worker wakes up: its next step finds the lease gone
            Thread.sleep(500);
            OpenShiftClusterDocument done = f.clusters("r").get(doc.getKey()).orElseThrow();
            assertEquals(ProvisioningState.SUCCEEDED, done.getOpenShiftCluster().getProperties().getProvisioningState());
            assertEquals(infraId, done.getOpenShiftCluster().getProperties().getInfraId(), "infra id kept");
            assertEquals(1, f.cloud.calls().count("installer.install"), "installed once");
            assertEquals(6, f.cloud.all().stream().filter(r -> r.type().equals("Microsoft.Compute/virtualMachines"))
                    .count(), "3 masters and 3 workers, bootstrap removed, nothing doubled");
            assertTrue(f.steps.stream().noneMatch(s -> s.startsWith("a install attachNSGs")),
                    "the stalled worker ran no step after losing its lease: " + f.steps);
            assertEquals(1, f.clusters.running().size());
        }
    }

    @Test
    void twoDispatchersNeverRunTheSameDocumentAtOnce(@TempDir Path dir) throws Exception {
        try (BackendFixture f = new BackendFixture(dir)) {
            Set<String> running = ConcurrentHashMap.newKeySet();
            AtomicInteger overlaps = new AtomicInteger();
            Dispatcher a = guarded(f, "a", running, overlaps);
            Dispatcher b = guarded(f, "b", running, overlaps);
            String[] keys = new String[8];
            for (int i = 0; i < keys.length; i++) {
                keys[i] = f.enqueueCreate("pair-" + i).getKey();
                a.wake();
                b.wake();
            }
            for (String key : keys) {
                f.await(key, ProvisioningState.SUCCEEDED, LONG);
            }
            assertEquals(0, overlaps.get(), "a document ran in two dispatchers at once");
            assertEquals(keys.length, f.cloud.calls().count("installer.install"));
        }
    }

    @Test
    void aRestartMidCreateResumes(@TempDir Path dir) throws Exception {
        try (BackendFixture f = new BackendFixture(dir)) {
            OpenShiftClusterDocument doc = f.enqueueCreate("restart");
            AtomicBoolean stopping = new AtomicBoolean();
            String holdId = f.cloud.calls().inject(Fault.holding("installer.install", "restart"));
            Dispatcher first = f.dispatcher("first-life", Duration.ofMillis(200), stopping::get);
            first.wake();
            awaitStep(f, doc.getKey(), "runInstaller");
            stopping.set(true); // SIGTERM: the job finishes its step, then releases the lease
            f.cloud.calls().remove(holdId);
            assertEquals(0, first.stop(Duration.ofSeconds(10)));
            OpenShiftClusterDocument released = f.clusters("r").get(doc.getKey()).orElseThrow();
            assertEquals("", released.getLeaseOwner(), "lease released at the safe point");
            assertEquals(ProvisioningState.CREATING, released.getOpenShiftCluster().getProperties().getProvisioningState());

            Dispatcher second = f.dispatcher("second-life", Duration.ofMillis(200), () -> false);
            second.wake();
            f.await(doc.getKey(), ProvisioningState.SUCCEEDED, LONG);
            assertEquals(1, f.cloud.calls().count("installer.install"), "the install is not repeated");
        }
    }

    private static Dispatcher guarded(BackendFixture f, String owner, Set<String> running, AtomicInteger overlaps) {
        Dispatcher real = f.dispatcher(owner, Duration.ofMillis(200), () -> false);
        f.dispatchers.remove(real);
        Function<Object, Runnable> jobs = leased -> {
            Runnable job = realJob(f, owner, leased);
            String key = leased instanceof OpenShiftClusterDocument d ? d.getKey() : leased.toString();
            return () -> {
                if (!running.add(key)) {
                    overlaps.incrementAndGet();
                }
                try {
                    job.run();
                } finally {
                    running.remove(key);
                }
            };
        };
        Dispatcher d = new Dispatcher(f.clusters(owner), new io.arorp.database.Subscriptions(f.store, f.codec,
                new io.arorp.database.LeaseOwner(owner)), jobs, f.executor, 100, f.clock);
        f.dispatchers.add(d);
        return d;
    }

    /** The job a fresh dispatcher of {@code owner} would run; its wake-ups go nowhere (the test wakes). */
    private static Runnable realJob(BackendFixture f, String owner, Object leased) {
        return f.jobs(owner).apply(leased);
    }

    private static void awaitStep(BackendFixture f, String key, String step) throws InterruptedException {
        f.awaitStep(key, step);
        Thread.sleep(100);
    }
}
