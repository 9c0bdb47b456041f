package io.arorp.env.sim.cluster;

import io.arorp.env.ClusterClients;
import io.arorp.env.kube.KubeconfigClusterClients;
import io.arorp.env.sim.cluster.ClusterSeed.WorkerProfile;
import io.arorp.util.json.Jackson;
import io.kubernetes.client.openapi.ApiClient;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

/** Seeds and shared parts for simulated-cluster tests. */
final class TestClusters {
    static final String SUBSCRIPTION = "/subscriptions/11111111-2222-3333-4444-555555555555";
    static final String VNET = SUBSCRIPTION + "/resourceGroups/vnet-rg/providers/Microsoft.Network/virtualNetworks/dev-vnet";
    static final ClusterClients CLIENTS = new KubeconfigClusterClients(Duration.ofSeconds(30));

    private TestClusters() {
    }

    static ClusterSeed seed(String name, int workers) {
        return new ClusterSeed(
                SUBSCRIPTION + "/resourceGroups/dev-rg/providers/Microsoft.RedHatOpenShift/openShiftClusters/" + name,
                SUBSCRIPTION + "/resourceGroups/aro-" + name, "eastus", "4.15.35", name + "-x7k2p",
                name + ".eastus.aroapp.io", "Standard_D8s_v3", VNET + "/subnets/master",
                List.of(new WorkerProfile("worker", "Standard_D4s_v3", 128, VNET + "/subnets/worker", workers, false)));
    }

    static SimulatedCluster.Shared shared(ScheduledExecutorService timer) {
        return new SimulatedCluster.Shared(Clock.systemUTC(), new SecureRandom(), timer, Jackson.newMapper());
    }

    static ScheduledExecutorService timer() {
        return Executors.newSingleThreadScheduledExecutor(new DaemonThreads("test-timer"));
    }

    static ApiClient client(SimulatedCluster cluster) {
        return CLIENTS.client(cluster.adminKubeconfig());
    }
}
