package io.arorp.backend;

import io.arorp.api.ProvisioningState;
import io.arorp.database.OpenShiftClusterDocument;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pickup latency, create time at zero simulated latency, throughput of a full queue and the peak number of workers,
 * printed, never asserted. Not a {@code *Test}: {@code mvn test -Dtest=BackendMeasurements -Dclusters=500}.
 */
class BackendMeasurements {
    @Test
    void measure(@TempDir Path dir) throws Exception {
        int queued = Integer.getInteger("clusters", 100);
        try (BackendFixture f = new BackendFixture(dir)) {
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
            }
            System.out.printf("PUT→pickup µs p50 %d p99 %d; PUT→Succeeded ms p50 %d p99 %d%n", pct(pickup, 50),
                    pct(pickup, 99), pct(create, 50), pct(create, 99));

            List<String> keys = new ArrayList<>();
            for (int i = 0; i < queued; i++) {
                keys.add(f.enqueueCreate("many-" + i).getKey());
            }
            long t = System.nanoTime();
            d.wake();
            for (String key : keys) {
                f.await(key, ProvisioningState.SUCCEEDED, Duration.ofMinutes(20));
            }
            double seconds = (System.nanoTime() - t) / 1e9;
            System.out.printf("%d queued creates: %.1f s, %.1f clusters/s, peak workers %d%n", queued, seconds,
                    queued / seconds, d.peak());
        }
    }

    private static long pct(List<Long> values, int p) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(Math.min(sorted.size() - 1, sorted.size() * p / 100));
    }
}
