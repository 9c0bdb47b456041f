package io.arorp.env.hive;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.arorp.env.kube.KubeOperatorDeployer;
import io.arorp.env.kube.KubeconfigClusterClients;
import io.arorp.env.sim.cluster.ClusterSeed;
import io.arorp.env.sim.cluster.SimulatedCluster;
import io.arorp.env.sim.installer.DeploymentRollout;
import io.kubernetes.client.openapi.ApiClient;
import io.kubernetes.client.openapi.apis.AppsV1Api;
import io.kubernetes.client.openapi.models.V1Deployment;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The clusters a {@link FakeHive} installs, for tests of prod's Hive path end to end: each ClusterDeployment becomes
 * a seeded simulated cluster whose admin kubeconfig Hive hands out, and the ARO operator's Deployments in it are
 * reported rolled out as a real cluster's controllers would (prod's operator deployer only writes them and waits).
 */
public final class HiveClusters implements AutoCloseable {
    private static final String VERSION = "4.15.35";
    private final ScheduledExecutorService timer = Executors.newScheduledThreadPool(2);
    private final SimulatedCluster.Shared shared = new SimulatedCluster.Shared(Clock.systemUTC(), new SecureRandom(),
            timer, new ObjectMapper());
    private final Map<String, SimulatedCluster> clusters = new ConcurrentHashMap<>();
    private final KubeconfigClusterClients clients = new KubeconfigClusterClients(Duration.ofSeconds(10));
    private final DeploymentRollout rollout = new DeploymentRollout(Clock.systemUTC());

    /** Hive installs through this from now on. */
    public static HiveClusters installedBy(FakeHive hive) {
        HiveClusters clusters = new HiveClusters();
        hive.installingWith(clusters::install);
        clusters.timer.scheduleWithFixedDelay(clusters::rollOut, 100, 100, TimeUnit.MILLISECONDS);
        return clusters;
    }

    /** The cluster Hive installed for {@code infraId}, if it did. */
    public SimulatedCluster cluster(String infraId) {
        return clusters.get(infraId);
    }

    /** A ClusterDeployment's spec as the RP writes it: infra id, base domain, Azure region and resource group. */
    @SuppressWarnings("unchecked")
    private String install(Map<String, Object> spec) {
        String infraId = (String) spec.get("clusterName");
        Map<String, Object> azure = (Map<String, Object>) ((Map<String, Object>) spec.get("platform")).get("azure");
        String group = "/subscriptions/hive/resourceGroups/" + azure.get("resourceGroupName");
        String subnet = group + "/providers/Microsoft.Network/virtualNetworks/vnet/subnets/";
        return clusters.computeIfAbsent(infraId, id -> {
            try {
                return SimulatedCluster.create(group + "/providers/Microsoft.RedHatOpenShift/openShiftClusters/"
                        + id, new ClusterSeed(group + "/cluster/" + id, group, (String) azure.get("region"), VERSION,
                        id, (String) spec.get("baseDomain"), "Standard_D8s_v3", subnet + "master",
                        List.of(new ClusterSeed.WorkerProfile("worker", "Standard_D4s_v3", 128, subnet + "worker", 3,
                                false))), shared);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).adminKubeconfig().reveal();
    }

    /** Every ARO operator Deployment whose current generation is not rolled out yet is, now. */
    private void rollOut() {
        for (SimulatedCluster cluster : clusters.values()) {
            try {
                ApiClient api = clients.client(cluster.adminKubeconfig());
                for (V1Deployment d : new AppsV1Api(api).listNamespacedDeployment(KubeOperatorDeployer.NAMESPACE)
                        .execute().getItems()) {
                    if (d.getStatus() == null || !Objects.equals(d.getStatus().getObservedGeneration(),
                            d.getMetadata().getGeneration())) {
                        rollout.complete(api, KubeOperatorDeployer.NAMESPACE, d);
                    }
                }
            } catch (Exception e) {
                System.err.println("hive clusters: " + e);
            }
        }
    }

    @Override
    public void close() throws Exception {
        timer.shutdownNow();
        clusters.values().forEach(SimulatedCluster::close);
        clients.close();
    }
}
