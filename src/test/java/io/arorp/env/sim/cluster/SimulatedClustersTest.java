package io.arorp.env.sim.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.arorp.api.Secret;
import io.kubernetes.client.openapi.ApiException;
import io.kubernetes.client.openapi.apis.CoreV1Api;
import io.kubernetes.client.openapi.models.V1ConfigMap;
import io.kubernetes.client.openapi.models.V1ObjectMeta;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SimulatedClustersTest {
    private static final String ID = TestClusters.SUBSCRIPTION
            + "/resourceGroups/dev-rg/providers/Microsoft.RedHatOpenShift/openShiftClusters/one";
    private static final String OTHER_ID = ID.replace("/one", "/two");

    @TempDir
    Path directory;
    private ScheduledExecutorService timer;
    private SimulatedClusters clusters;

    @BeforeEach
    void open() {
        timer = TestClusters.timer();
        clusters = registry();
    }

    @AfterEach
    void close() {
        clusters.close();
        timer.shutdownNow();
    }

    @Test
    void aRestartedRegistryBringsBackObjectsCreatedAfterSeedingOnTheSamePortAndKubeconfig() throws Exception {
        SimulatedCluster cluster = clusters.start(ID, TestClusters.seed("one", 2));
        Secret kubeconfig = cluster.adminKubeconfig();
        new CoreV1Api(TestClusters.CLIENTS.client(kubeconfig)).createNamespacedConfigMap("openshift-config",
                new V1ConfigMap().metadata(new V1ObjectMeta().name("made-later")).data(Map.of("k", "v"))).execute();
        String uid = configMap(kubeconfig, "made-later").getMetadata().getUid();

        clusters.close(); // RP shutdown
        clusters = registry(); // next RP process, same store
        clusters.restoreAll();

        V1ConfigMap restored = configMap(kubeconfig, "made-later"); // the kubeconfig stored before still works
        assertEquals(uid, restored.getMetadata().getUid());
        V1ConfigMap next = new CoreV1Api(TestClusters.CLIENTS.client(kubeconfig)).createNamespacedConfigMap(
                "openshift-config", new V1ConfigMap().metadata(new V1ObjectMeta().name("after-restart"))).execute();
        assertTrue(Long.parseLong(next.getMetadata().getResourceVersion())
                > Long.parseLong(restored.getMetadata().getResourceVersion()), "resourceVersions keep growing");
        assertNotEquals(uid, next.getMetadata().getUid());
    }

    @Test
    void startIsIdempotentAndIdsAreCaseInsensitive() throws Exception {
        SimulatedCluster first = clusters.start(ID, TestClusters.seed("one", 1));
        assertSame(first, clusters.start(ID.toUpperCase(), TestClusters.seed("one", 1)));
        assertSame(first, clusters.get(ID.toLowerCase()).orElseThrow());
    }

    @Test
    void concurrentStartsOfOneClusterAllGetTheOneThatWasRegistered() throws Exception {
        // clusters are made outside the registry's lock: several may be made, one is kept and the rest closed
        int callers = 4;
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        try {
            CyclicBarrier together = new CyclicBarrier(callers);
            List<Future<SimulatedCluster>> started = new ArrayList<>();
            for (int i = 0; i < callers; i++) {
                started.add(pool.submit(() -> {
                    together.await(10, TimeUnit.SECONDS);
                    return clusters.start(ID, TestClusters.seed("one", 1));
                }));
            }
            List<SimulatedCluster> answers = new ArrayList<>();
            for (Future<SimulatedCluster> each : started) {
                answers.add(each.get(60, TimeUnit.SECONDS));
            }
            SimulatedCluster kept = clusters.get(ID).orElseThrow();
            answers.forEach(answer -> assertSame(kept, answer));
            assertEquals(Set.of(ID.toLowerCase()), clusters.running());
            Secret kubeconfig = kept.adminKubeconfig(); // the kept cluster serves; the others were closed
            new CoreV1Api(TestClusters.CLIENTS.client(kubeconfig)).createNamespacedConfigMap("openshift-config",
                    new V1ConfigMap().metadata(new V1ObjectMeta().name("made-after"))).execute();
            assertEquals("made-after", configMap(kubeconfig, "made-after").getMetadata().getName());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void twoClustersRunSideBySideIsolated() throws Exception {
        SimulatedCluster one = clusters.start(ID, TestClusters.seed("one", 1));
        SimulatedCluster two = clusters.start(OTHER_ID, TestClusters.seed("two", 4));
        assertNotEquals(one.server(), two.server());
        new CoreV1Api(TestClusters.client(one)).createNamespacedConfigMap("default",
                new V1ConfigMap().metadata(new V1ObjectMeta().name("only-in-one"))).execute();
        ApiException absent = assertThrows(ApiException.class,
                () -> new CoreV1Api(TestClusters.client(two)).readNamespacedConfigMap("only-in-one", "default").execute());
        assertEquals(404, absent.getCode());
        assertEquals(4, new CoreV1Api(TestClusters.client(one)).listNode().execute().getItems().size());
        assertEquals(7, new CoreV1Api(TestClusters.client(two)).listNode().execute().getItems().size());
    }

    @Test
    void stoppingFreesThePortAndDeleteForgetsTheCluster() throws Exception {
        SimulatedCluster cluster = clusters.start(ID, TestClusters.seed("one", 1));
        int port = cluster.server().getPort();
        clusters.stop(ID);
        assertTrue(clusters.running().isEmpty());
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            assertEquals(port, socket.getLocalPort());
        }
        assertTrue(clusters.get(ID).isPresent(), "a stopped cluster stays stored");
        clusters.delete(ID);
        assertTrue(clusters.get(ID).isEmpty());
    }

    private SimulatedClusters registry() {
        return new SimulatedClusters(new FileClusterSnapshotStore(directory), TestClusters.shared(timer),
                Duration.ofMillis(200));
    }

    private static V1ConfigMap configMap(Secret kubeconfig, String name) throws ApiException, IOException {
        return new CoreV1Api(TestClusters.CLIENTS.client(kubeconfig)).readNamespacedConfigMap(name, "openshift-config")
                .execute();
    }
}
