package io.arorp.env.kube;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.arorp.env.sim.cluster.ClusterSeed;
import io.arorp.env.sim.cluster.ClusterSeed.WorkerProfile;
import io.arorp.env.sim.cluster.SimulatedCluster;
import io.arorp.util.json.Jackson;
import io.kubernetes.client.openapi.ApiClient;
import io.kubernetes.client.openapi.apis.CoreV1Api;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Clients share one pool, and closing the factory leaves no connection or dispatcher thread behind. */
class KubeconfigClusterClientsTest {
    private static final String SUB = "/subscriptions/11111111-2222-3333-4444-555555555555";

    private ScheduledExecutorService timer;
    private SimulatedCluster cluster;

    @BeforeEach
    void start() throws Exception {
        timer = Executors.newSingleThreadScheduledExecutor();
        String vnet = SUB + "/resourceGroups/vnet-rg/providers/Microsoft.Network/virtualNetworks/v";
        ClusterSeed seed = new ClusterSeed(SUB + "/resourceGroups/rg/providers/Microsoft.RedHatOpenShift/openShiftClusters/c",
                SUB + "/resourceGroups/aro-c", "eastus", "4.15.35", "c-x7k2p", "c.eastus.aroapp.io", "Standard_D8s_v3",
                vnet + "/subnets/master", List.of(new WorkerProfile("worker", "Standard_D4s_v3", 128,
                        vnet + "/subnets/worker", 3, false)));
        cluster = SimulatedCluster.create("c", seed,
                new SimulatedCluster.Shared(Clock.systemUTC(), new SecureRandom(), timer, Jackson.newMapper()));
    }

    @AfterEach
    void stop() {
        cluster.close();
        timer.shutdownNow();
    }

    @Test
    void clientsShareOnePoolAndCloseEmptiesItAndStopsTheDispatcher() throws Exception {
        KubeconfigClusterClients clients = new KubeconfigClusterClients(Duration.ofSeconds(10));
        ApiClient first = clients.client(cluster.adminKubeconfig());
        ApiClient second = clients.client(cluster.adminKubeconfig());
        OkHttpClient a = first.getHttpClient();
        OkHttpClient b = second.getHttpClient();
        assertTrue(a.connectionPool() == b.connectionPool(), "one pool for all clients");
        assertTrue(a.dispatcher() == b.dispatcher(), "one dispatcher for all clients");

        assertEquals(6, new CoreV1Api(first).listNode().execute().getItems().size());
        assertEquals(6, new CoreV1Api(second).listNode().execute().getItems().size());
        // each client has its own TLS identity, so its own connection, but both live in the shared pool
        assertEquals(2, clients.connectionCount());

        clients.close();
        assertEquals(0, clients.connectionCount());
        assertTrue(a.dispatcher().executorService().isShutdown());
    }
}
