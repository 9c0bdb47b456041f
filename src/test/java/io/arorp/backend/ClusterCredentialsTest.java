package io.arorp.backend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.fasterxml.jackson.databind.JsonNode;
import io.arorp.api.ProvisioningState;
import io.arorp.api.Secret;
import io.arorp.env.kube.KubeconfigClusterClients;
import io.arorp.util.json.Jackson;
import io.kubernetes.client.openapi.ApiClient;
import io.kubernetes.client.openapi.apis.AppsV1Api;
import io.kubernetes.client.openapi.apis.CoreV1Api;
import io.kubernetes.client.openapi.models.V1ObjectMeta;
import io.kubernetes.client.openapi.models.V1Secret;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A customer rotates the cluster service principal's secret: the update writes it into the cluster's root
 * credentials and the cloud provider's config (keeping the rest of that config), and restarts the ARO operator.
 */
class ClusterCredentialsTest {
    @Test
    void anUpdatePushesTheNewSecretIntoTheClusterAndRestartsTheOperator(@TempDir Path dir) throws Exception {
        try (BackendFixture f = new BackendFixture(dir)) {
            String key = f.enqueueCreate("cred").getKey();
            f.dispatcher("a", Duration.ofMillis(200), () -> false).wake();
            f.await(key, ProvisioningState.SUCCEEDED, Duration.ofSeconds(60));
            var doc = f.clusters("r").get(key).orElseThrow();
            ApiClient kube = new KubeconfigClusterClients(Duration.ofSeconds(10)).client(doc.getOpenShiftCluster()
                    .getProperties().getAdminKubeconfig());
            CoreV1Api core = new CoreV1Api(kube);
            core.createNamespacedSecret("kube-system", new V1Secret().metadata(new V1ObjectMeta()
                    .name("azure-cloud-provider").namespace("kube-system")).data(Map.of("cloud-config",
                    "{\"cloud\":\"AzurePublicCloud\",\"aadClientId\":\"old\",\"aadClientSecret\":\"old\"}"
                            .getBytes(StandardCharsets.UTF_8)))).execute();

            f.clusters("frontend").patch(key, d -> d.getOpenShiftCluster().getProperties().getServicePrincipalProfile()
                    .setClientSecret(Secret.of("rotated-secret")));
            f.enqueue(key, ProvisioningState.UPDATING);
            f.dispatchers.get(0).wake();
            f.await(key, ProvisioningState.SUCCEEDED, Duration.ofSeconds(60));

            String clientId = doc.getOpenShiftCluster().getProperties().getServicePrincipalProfile().getClientId();
            Map<String, byte[]> root = core.readNamespacedSecret("azure-credentials", "kube-system").execute()
                    .getData();
            assertEquals("rotated-secret", text(root.get("azure_client_secret")));
            assertEquals(clientId, text(root.get("azure_client_id")));
            assertEquals(BackendFixture.TENANT, text(root.get("azure_tenant_id")));
            assertEquals("aro-cred", text(root.get("azure_resourcegroup")));
            JsonNode config = Jackson.newMapper().readTree(core.readNamespacedSecret("azure-cloud-provider",
                    "kube-system").execute().getData().get("cloud-config"));
            assertEquals("rotated-secret", config.path("aadClientSecret").asText());
            assertEquals(clientId, config.path("aadClientId").asText());
            assertEquals("AzurePublicCloud", config.path("cloud").asText());
            assertNotNull(new AppsV1Api(kube).readNamespacedDeployment("aro-operator-master",
                    "openshift-azure-operator").execute().getSpec().getTemplate().getMetadata().getAnnotations()
                    .get("kubectl.kubernetes.io/restartedAt"));
        }
    }

    private static String text(byte[] value) {
        return new String(value, StandardCharsets.UTF_8);
    }
}
