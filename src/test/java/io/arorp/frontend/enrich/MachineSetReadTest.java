package io.arorp.frontend.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.arorp.api.WorkerProfile;
import io.arorp.env.ClusterClients;
import io.arorp.env.kube.KubeconfigClusterClients;
import io.arorp.env.sim.cluster.ClusterSeed;
import io.arorp.env.sim.cluster.SimulatedCluster;
import io.arorp.util.json.Jackson;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.Test;

/**
 * The MachineSets a freshly installed cluster has, read over its Kubernetes API (a simulated cluster: an in-process
 * API server) with the kubeconfig the RP stores, become one worker profile per zone whose counts add up.
 */
class MachineSetReadTest {
    private static final String SUB = "11111111-2222-3333-4444-555555555555";
    private static final String VNET = "/subscriptions/" + SUB
            + "/resourceGroups/vnet-rg/providers/Microsoft.Network/virtualNetworks/dev-vnet";

    @Test
    void theInstallsMachineSetsAreTheWorkerStatus() throws Exception {
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
        ClusterSeed seed = new ClusterSeed("/subscriptions/" + SUB
                + "/resourceGroups/rg/providers/Microsoft.RedHatOpenShift/openShiftClusters/ms",
                "/subscriptions/" + SUB + "/resourceGroups/aro-ms", "eastus", "4.15.35", "ms-x7k2p",
                "ms.eastus.aroapp.io", "Standard_D8s_v3", VNET + "/subnets/master",
                List.of(new ClusterSeed.WorkerProfile("worker", "Standard_D4s_v3", 128, VNET + "/subnets/worker", 5,
                        true)));
        try (SimulatedCluster cluster = SimulatedCluster.create("ms", seed, new SimulatedCluster.Shared(
                Clock.systemUTC(), new SecureRandom(), timer, Jackson.newMapper()))) {
            KubeconfigClusterClients clients = new KubeconfigClusterClients(Duration.ofSeconds(30));
            List<WorkerProfile> profiles = MachineSetProfiles.read(clients, cluster.adminKubeconfig(), SUB);
            assertEquals(List.of("ms-x7k2p-worker-eastus1", "ms-x7k2p-worker-eastus2", "ms-x7k2p-worker-eastus3"),
                    profiles.stream().map(WorkerProfile::getName).toList());
            assertEquals(5, profiles.stream().mapToInt(WorkerProfile::getCount).sum());
            for (WorkerProfile p : profiles) {
                assertEquals("Standard_D4s_v3", p.getVmSize());
                assertEquals(VNET + "/subnets/worker", p.getSubnetId());
                assertEquals(io.arorp.api.EncryptionAtHost.ENABLED, p.getEncryptionAtHost());
            }
            System.out.println("MachineSet read, new client each: " + timing(clients, cluster));
            ClientCache cache = new ClientCache(clients, 2);
            System.out.println("MachineSet read, cached client: " + timing(cache, cluster));
            assertEquals(1, cache.size(), "one kubeconfig, one client");
        } finally {
            timer.shutdownNow();
        }
    }

    /** p50 and max of 20 reads: the cost a GET pays for the status (printed, never asserted). */
    private static String timing(ClusterClients clients, SimulatedCluster cluster) {
        long[] millis = new long[20];
        for (int i = 0; i < millis.length; i++) {
            long start = System.nanoTime();
            MachineSetProfiles.read(clients, cluster.adminKubeconfig(), SUB);
            millis[i] = (System.nanoTime() - start) / 1_000_000;
        }
        Arrays.sort(millis);
        return "p50 " + millis[10] + " ms, max " + millis[19] + " ms";
    }
}
