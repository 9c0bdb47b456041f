package io.arorp.env.sim.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.gson.reflect.TypeToken;
import io.kubernetes.client.openapi.ApiClient;
import io.kubernetes.client.openapi.apis.CoreV1Api;
import io.kubernetes.client.openapi.models.V1ConfigMap;
import io.kubernetes.client.openapi.models.V1ObjectMeta;
import io.kubernetes.client.util.Watch;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A simulated cluster nobody talks to lets its mock go (the Vert.x instance and its threads) and freezes its objects,
 * and the next request brings both back, through the same endpoint and kubeconfig; an open watch is a use.
 */
class IdleMockTest {
    private static final String ID = TestClusters.SUBSCRIPTION
            + "/resourceGroups/dev-rg/providers/Microsoft.RedHatOpenShift/openShiftClusters/idle";
    private static final Duration IDLE = Duration.ofMillis(400);
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path directory;
    private ScheduledExecutorService timer;
    private SimulatedClusters clusters;

    @BeforeEach
    void open() {
        timer = TestClusters.timer();
        clusters = new SimulatedClusters(new FileClusterSnapshotStore(directory), TestClusters.shared(timer),
                Duration.ofMillis(100), IDLE);
    }

    @AfterEach
    void close() {
        clusters.close();
        timer.shutdownNow();
    }

    @Test
    void anIdleMockStopsAndTheNextRequestServesTheSameObjects() throws Exception {
        SimulatedCluster cluster = clusters.start(ID, TestClusters.seed("idle", 1));
        assertFalse(cluster.mockRunning(), "seeding does not need the mock");
        CoreV1Api core = new CoreV1Api(TestClusters.client(cluster));
        V1ConfigMap created = core.createNamespacedConfigMap("default", new V1ConfigMap()
                .metadata(new V1ObjectMeta().name("kept")).data(Map.of("k", "v"))).execute();
        assertTrue(cluster.mockRunning());

        await(() -> !cluster.mockRunning());
        V1ConfigMap read = core.readNamespacedConfigMap("kept", "default").execute();
        assertEquals(created.getMetadata().getUid(), read.getMetadata().getUid());
        assertEquals("v", read.getData().get("k"));
        assertEquals(4, core.listNode().execute().getItems().size(), "the seeded objects too (3 masters, 1 worker)");
        V1ConfigMap next = core.createNamespacedConfigMap("default", new V1ConfigMap()
                .metadata(new V1ObjectMeta().name("later"))).execute();
        assertTrue(Long.parseLong(next.getMetadata().getResourceVersion())
                > Long.parseLong(read.getMetadata().getResourceVersion()), "resourceVersions keep growing");
    }

    @Test
    void anIdleClusterFreezesItsObjectsAndThawsThemUnchanged() throws Exception {
        SimulatedCluster cluster = clusters.start(ID, TestClusters.seed("idle", 1));
        CoreV1Api core = new CoreV1Api(TestClusters.client(cluster));
        core.createNamespacedConfigMap("default", new V1ConfigMap().metadata(new V1ObjectMeta().name("kept"))
                .data(Map.of("k", "v"))).execute();
        await(cluster::frozen);
        long changes = cluster.changes();
        JsonNode frozen = MAPPER.readTree(cluster.snapshot());
        assertTrue(cluster.frozen(), "a snapshot reads the frozen objects without thawing them");

        assertEquals("v", core.readNamespacedConfigMap("kept", "default").execute().getData().get("k"));
        assertFalse(cluster.frozen());
        assertEquals(changes, cluster.changes(), "thawing is not a write: no new snapshot is due");
        assertEquals(frozen, MAPPER.readTree(cluster.snapshot()), "the same objects, versions and counter");
        core.createNamespacedConfigMap("default", new V1ConfigMap().metadata(new V1ObjectMeta().name("new")))
                .execute();
        assertEquals(changes + 1, cluster.changes());
    }

    @Test
    void anOpenWatchKeepsTheMockRunningUntilItEnds() throws Exception {
        SimulatedCluster cluster = clusters.start(ID, TestClusters.seed("idle", 1));
        ApiClient client = TestClusters.client(cluster);
        client.setReadTimeout(0);
        CoreV1Api core = new CoreV1Api(client);
        String listed = core.listNamespacedConfigMap("default").execute().getMetadata().getResourceVersion();
        try (Watch<V1ConfigMap> watch = Watch.createWatch(client, core.listNamespacedConfigMap("default").watch(true)
                .resourceVersion(listed).timeoutSeconds(3).buildCall(null),
                new TypeToken<Watch.Response<V1ConfigMap>>() { }.getType())) {
            Thread.sleep(IDLE.multipliedBy(3).toMillis());
            assertTrue(cluster.mockRunning(), "a watch is open");
            new CoreV1Api(TestClusters.client(cluster)).createNamespacedConfigMap("default", new V1ConfigMap()
                    .metadata(new V1ObjectMeta().name("seen"))).execute();
            assertEquals("seen", watch.next().object.getMetadata().getName());
        }
        // The server side of the watch ends at its timeout (the JDK's HTTP server does not tell the relay that its
        // client went away until a write fails), and then the mock may stop.
        await(() -> !cluster.mockRunning());
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within 20 s");
            }
            Thread.sleep(50);
        }
    }
}
