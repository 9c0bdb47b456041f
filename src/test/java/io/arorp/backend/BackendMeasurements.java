package io.arorp.backend;

import io.arorp.api.ProvisioningState;
import io.arorp.database.OpenShiftClusterDocument;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pickup latency, create time at zero simulated latency, throughput of a full queue and the peak number of workers,
 * printed, never asserted. Not a {@code *Test}: {@code mvn test -Dtest=BackendMeasurements -Dclusters=500}.
 *
 * <p>The quota is unlimited (a cluster takes 36 simulated cores) and each cluster's simulated API server is stopped
 * once it is Succeeded: hundreds of in-process API servers in one JVM would measure the harness, not the backend.
 */
class BackendMeasurements {
    @Test
    void measure(@TempDir Path dir) throws Exception {
        int queued = Integer.getInteger("clusters", 100);
        try (BackendFixture f = new BackendFixture(dir, Integer.MAX_VALUE)) {
            Dispatcher d = f.dispatcher("bench", Duration.ofSeconds(10), () -> false);
            List<Long> pickup = new ArrayList<>();
            List<Long> create = new ArrayList<>();
            for (int i = 0; i < 20; i++) { // one at a time: latency without queueing
                long t = System.nanoTime();
                OpenShiftClusterDocument doc = f.enqueueCreate("one-" + i);
                d.wake();
                while (f.clusters("r").get(doc.getKey()).orElseThrow().getBackendProgress() == null) {
                    Thread.sleep(0, 200_000);
                }
                pickup.add((System.nanoTime() - t) / 1_000);
                f.await(doc.getKey(), ProvisioningState.SUCCEEDED, Duration.ofMinutes(1));
                create.add((System.nanoTime() - t) / 1_000_000);
                f.clusters.stop(doc.getKey());
            }
            System.out.printf("PUT→pickup µs p50 %d p99 %d; PUT→Succeeded ms p50 %d p99 %d%n", pct(pickup, 50),
                    pct(pickup, 99), pct(create, 50), pct(create, 99));

            Map<String, Long> pending = new LinkedHashMap<>();
            for (int i = 0; i < queued; i++) {
                pending.put(f.enqueueCreate("many-" + i).getKey(), 0L);
            }
            long t = System.nanoTime();
            d.wake();
            List<Long> done = new ArrayList<>();
            long deadline = t + Duration.ofMinutes(30).toNanos();
            while (!pending.isEmpty() && System.nanoTime() < deadline) {
                for (var it = pending.keySet().iterator(); it.hasNext();) {
                    String key = it.next();
                    ProvisioningState state = f.state(key);
                    if (state == ProvisioningState.FAILED) {
                        throw new AssertionError(key + " failed");
                    }
                    if (state == ProvisioningState.SUCCEEDED) {
                        done.add((System.nanoTime() - t) / 1_000_000);
                        f.clusters.stop(key);
                        it.remove();
                    }
                }
                Thread.sleep(100);
            }
            double seconds = (System.nanoTime() - t) / 1e9;
            System.out.printf("%d queued creates: %d Succeeded in %.1f s, %.2f clusters/s, queue→Succeeded ms p50 %d"
                    + " p99 %d, peak workers %d%n", queued, done.size(), seconds, done.size() / seconds,
                    pct(done, 50), pct(done, 99), d.peak());
        }
    }

    private static long pct(List<Long> values, int p) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(Math.min(sorted.size() - 1, sorted.size() * p / 100));
    }
}
