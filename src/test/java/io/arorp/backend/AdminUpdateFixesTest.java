package io.arorp.backend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.arorp.api.FeatureProfile;
import io.arorp.api.MaintenanceTask;
import io.arorp.api.OpenShiftClusterProperties;
import io.arorp.api.Secret;
import io.arorp.env.cloud.StorageFirewall;
import io.arorp.env.kube.Kubeconfig;
import io.arorp.env.kube.Pem;
import io.arorp.env.sim.cloud.Fault;
import io.arorp.env.sim.cloud.SimStorage;
import io.kubernetes.client.openapi.apis.CustomObjectsApi;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The general fixes of an admin update for clusters older than the features they fix: the image registry account
 * name read back from the cluster, both storage accounts closed to the internet, an SRE kubeconfig, and the gateway's
 * private endpoint for a cluster switched to the gateway. Each is proven to write nothing on a second run.
 */
class AdminUpdateFixesTest {
    @Test
    void storageAccountsOfAnOldClusterAreClosedToTheInternet(@TempDir Path dir) throws Exception {
        try (BackendFixture f = new BackendFixture(dir)) {
            String key = f.installed("stfix");
            OpenShiftClusterProperties p = properties(f, key);
            String registry = p.getImageRegistryStorageAccountName();
            String accounts = p.getClusterProfile().getResourceGroupId() + "/providers/Microsoft.Storage/storageAccounts/";
            String cluster = accounts + "cluster" + p.getStorageSuffix();
            String other = "/subscriptions/x/resourceGroups/y/providers/Microsoft.Network/virtualNetworks/v/subnets/pool2";
            SimStorage storage = new SimStorage(f.cloud);
            // as an old cluster was: open, the registry account not on the document
            storage.setFirewall(cluster, new StorageFirewall("Allow", List.of(other)));
            storage.setFirewall(accounts + registry, new StorageFirewall("Allow", List.of()));
            f.clusters("frontend").patch(key, d -> d.getOpenShiftCluster().getProperties()
                    .setImageRegistryStorageAccountName(null));
            new CustomObjectsApi(f.kube(key)).createClusterCustomObject("imageregistry.operator.openshift.io", "v1",
                    "configs", Map.of("apiVersion", "imageregistry.operator.openshift.io/v1", "kind", "Config",
                            "metadata", Map.of("name", "cluster"),
                            "spec", Map.of("storage", Map.of("azure", Map.of("accountName", registry)))))
                    .execute();

            f.run(key, () -> f.enqueueAdminUpdate(key, MaintenanceTask.EVERYTHING));
            assertEquals(registry, properties(f, key).getImageRegistryStorageAccountName());
            List<String> subnets = List.of(p.getMasterProfile().getSubnetId(), p.getWorkerProfiles().get(0).getSubnetId());
            for (String account : List.of(cluster, accounts + registry)) {
                StorageFirewall firewall = storage.firewall(account).orElseThrow();
                assertEquals("Deny", firewall.defaultAction(), account);
                assertTrue(firewall.allowedSubnetIds().containsAll(subnets), firewall.toString());
            }
            assertTrue(storage.firewall(cluster).orElseThrow().allowedSubnetIds().contains(other),
                    "a subnet the operator admitted stays admitted");

            long writes = f.cloud.calls().count("storage.setFirewall");
            f.run(key, () -> f.enqueueAdminUpdate(key, MaintenanceTask.EVERYTHING));
            assertEquals(writes, f.cloud.calls().count("storage.setFirewall"), "closed already: nothing written");
        }
    }

    @Test
    void aClusterWithoutAnSreKubeconfigGetsOneOnce(@TempDir Path dir) throws Exception {
        try (BackendFixture f = new BackendFixture(dir)) {
            String key = f.installed("srefix");
            assertNull(properties(f, key).getAroSREKubeconfig());

            f.run(key, () -> f.enqueueAdminUpdate(key, MaintenanceTask.EVERYTHING));
            Secret sre = properties(f, key).getAroSREKubeconfig();
            assertNotNull(sre);
            Kubeconfig parsed = Kubeconfig.parse(sre.reveal().getBytes(StandardCharsets.UTF_8));
            Kubeconfig admin = Kubeconfig.parse(properties(f, key).getAdminKubeconfig().reveal()
                    .getBytes(StandardCharsets.UTF_8));
            assertEquals(admin.server(), parsed.server());
            String subject = Pem.certificate(parsed.clientCertificatePem()).getSubjectX500Principal().getName();
            assertTrue(subject.contains("CN=system:aro-sre"), subject);
            assertFalse(subject.contains("O=system:masters"), subject);

            f.run(key, () -> f.enqueueAdminUpdate(key, MaintenanceTask.EVERYTHING));
            assertEquals(sre.reveal(), properties(f, key).getAroSREKubeconfig().reveal(), "made only when missing");
        }
    }

    @Test
    void aClusterSwitchedToTheGatewayGetsItsEndpointAndGatewayRecord(@TempDir Path dir) throws Exception {
        try (BackendFixture f = new BackendFixture(dir)) {
            String key = f.installed("gwfix");
            assertNull(properties(f, key).getNetworkProfile().getGatewayPrivateEndpointIp());
            f.clusters("frontend").patch(key, d -> {
                FeatureProfile features = new FeatureProfile();
                features.setGatewayEnabled(true);
                d.getOpenShiftCluster().getProperties().setFeatureProfile(features);
            });

            // a failing endpoint deployment is logged, not raised: the rest of the admin update still runs
            f.cloud.calls().inject(Fault.error("deployments.deploy", "deployments/gatewayprivateendpoint", 500,
                    "InternalServerError", "boom"));
            f.run(key, () -> f.enqueueAdminUpdate(key, MaintenanceTask.EVERYTHING));
            assertNull(properties(f, key).getNetworkProfile().getGatewayPrivateEndpointIp());
            assertTrue(f.steps.contains("a adminUpdate updateProvisionedBy"), f.steps.toString());

            f.run(key, () -> f.enqueueAdminUpdate(key, MaintenanceTask.EVERYTHING));
            OpenShiftClusterProperties p = properties(f, key);
            assertNotNull(p.getNetworkProfile().getGatewayPrivateEndpointIp());
            var gateway = f.env().gateway().get(p.getNetworkProfile().getGatewayPrivateLinkId()).orElseThrow();
            assertEquals(key, gateway.getGateway().path("id").asText());
            assertEquals(p.getImageRegistryStorageAccountName(),
                    gateway.getGateway().path("imageRegistryStorageAccountName").asText());

            String deployment = p.getClusterProfile().getResourceGroupId()
                    + "/providers/Microsoft.Resources/deployments/gatewayprivateendpoint";
            assertEquals(1, f.cloud.calls().count("deployments.deploy", deployment));
            f.run(key, () -> f.enqueueAdminUpdate(key, MaintenanceTask.EVERYTHING));
            assertEquals(p.getNetworkProfile().getGatewayPrivateEndpointIp(),
                    properties(f, key).getNetworkProfile().getGatewayPrivateEndpointIp());
            assertEquals(1, f.cloud.calls().count("deployments.deploy", deployment), "upgraded already: not deployed");
        }
    }

    private static OpenShiftClusterProperties properties(BackendFixture f, String key) {
        return f.clusters("reader").get(key).orElseThrow().getOpenShiftCluster().getProperties();
    }
}
