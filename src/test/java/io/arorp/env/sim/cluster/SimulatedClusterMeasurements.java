package io.arorp.env.sim.cluster;

import com.google.gson.reflect.TypeToken;
import io.kubernetes.client.openapi.ApiClient;
import io.kubernetes.client.openapi.apis.CoreV1Api;
import io.kubernetes.client.openapi.models.V1ConfigMap;
import io.kubernetes.client.openapi.models.V1ObjectMeta;
import io.kubernetes.client.util.Watch;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.Test;

/**
 * Start time, heap per cluster and watch latency, printed, never asserted (numbers depend on the machine). Not a
 * {@code *Test}, so the normal build skips it: {@code mvn test -Dtest=SimulatedClusterMeasurements}.
 */
class SimulatedClusterMeasurements {
    private static final int CLUSTERS = Integer.getInteger("clusters", 5);

    @Test
    void measure() throws Exception {
        ScheduledExecutorService timer = TestClusters.timer();
        SimulatedCluster.Shared shared = TestClusters.shared(timer);
        SimulatedCluster.create("warm-up", TestClusters.seed("warm", 3), shared).close(); // class loading, JIT
        long before = usedHeap();
        List<SimulatedCluster> clusters = new ArrayList<>();
        long[] starts = new long[CLUSTERS];
        for (int i = 0; i < CLUSTERS; i++) {
            long t = System.nanoTime();
            clusters.add(SimulatedCluster.create("m" + i, TestClusters.seed("m" + i, 3), shared));
            starts[i] = (System.nanoTime() - t) / 1_000_000;
        }
        long perCluster = (usedHeap() - before) / CLUSTERS;
        System.out.printf("start (warm) ms: %s; heap per idle cluster: %d KiB; threads now: %d%n",
                Arrays.toString(starts), perCluster / 1024, Thread.activeCount());
        System.out.printf("snapshot of a fresh cluster: %d bytes%n", clusters.get(0).snapshot().length);
        System.out.printf("watch latency ms (20 updates): %s%n", watchLatencies(clusters.get(0)));
        clusters.forEach(SimulatedCluster::close);
        timer.shutdownNow();
    }

    private static List<Long> watchLatencies(SimulatedCluster cluster) throws Exception {
        ApiClient client = TestClusters.client(cluster);
        client.setReadTimeout(0);
        CoreV1Api core = new CoreV1Api(client);
        V1ConfigMap map = core.createNamespacedConfigMap("default",
                new V1ConfigMap().metadata(new V1ObjectMeta().name("latency"))).execute();
        List<Long> latencies = new ArrayList<>();
        try (Watch<V1ConfigMap> watch = Watch.createWatch(client, core.listNamespacedConfigMap("default").watch(true)
                        .resourceVersion(map.getMetadata().getResourceVersion()).timeoutSeconds(60).buildCall(null),
                new TypeToken<Watch.Response<V1ConfigMap>>() { }.getType())) {
            for (int i = 0; i < 20; i++) {
                long sent = System.nanoTime();
                map = core.replaceNamespacedConfigMap("latency", "default", map.data(Map.of("i", "" + i))).execute();
                watch.next();
                latencies.add((System.nanoTime() - sent) / 1_000_000);
            }
        }
        return latencies;
    }

    private static long usedHeap() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(200);
        }
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
