package io.arorp.backend;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.arorp.api.ProvisioningState;
import io.arorp.api.Secret;
import io.kubernetes.client.openapi.ApiClient;
import io.kubernetes.client.openapi.apis.CoreV1Api;
import io.kubernetes.client.openapi.apis.CustomObjectsApi;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An update of a service-principal cluster writes the ARO operator's CredentialsRequest as the original renders it,
 * waits for the cloud credential operator to have synced it, and gives the operator's secret the new SP; a second
 * update writes neither again. In manual mode the wait is skipped.
 */
class CredentialsRequestStepsTest {
    @Test
    @SuppressWarnings("unchecked")
    void anUpdateWritesTheCredentialsRequestAndTheOperatorSecret(@TempDir Path dir) throws Exception {
        try (BackendFixture f = new BackendFixture(dir)) {
            String key = f.installed("creq");
            f.clusters("frontend").patch(key, d -> d.getOpenShiftCluster().getProperties().getServicePrincipalProfile()
                    .setClientSecret(Secret.of("rotated")));
            f.run(key, () -> f.enqueue(key, ProvisioningState.UPDATING));

            ApiClient kube = f.kube(key);
            Map<String, Object> request = request(kube);
            Map<String, Object> spec = (Map<String, Object>) request.get("spec");
            assertEquals(Map.of("name", "azure-cloud-credentials", "namespace", "openshift-azure-operator"),
                    spec.get("secretRef"));
            assertEquals(List.of(Map.of("role", "Contributor")),
                    ((Map<String, Object>) spec.get("providerSpec")).get("roleBindings"));
            // the simulated cluster has no root credentials until this update wrote them, after the request
            assertTrue(((Map<String, Object>) request.get("status")).containsKey("lastSyncTimestamp"));
            CoreV1Api core = new CoreV1Api(kube);
            var secret = core.readNamespacedSecret("cluster", "openshift-azure-operator").execute();
            assertEquals("rotated", new String(secret.getData().get("azure_client_secret"), StandardCharsets.UTF_8));
            assertEquals(BackendFixture.TENANT,
                    new String(secret.getData().get("azure_tenant_id"), StandardCharsets.UTF_8));

            String specVersion = generation(request);
            String secretVersion = secret.getMetadata().getResourceVersion();
            f.steps.clear();
            f.run(key, () -> f.enqueue(key, ProvisioningState.UPDATING));
            assertTrue(f.steps.contains("a update aroCredentialsRequestReconciled"), f.steps.toString());
            assertEquals(specVersion, generation(request(kube)));
            assertEquals(secretVersion, core.readNamespacedSecret("cluster", "openshift-azure-operator").execute()
                    .getMetadata().getResourceVersion());
            assertEquals(true, ((Map<String, Object>) request(kube).get("status")).get("provisioned"));
            assertArrayEquals(secret.getData().get("azure_client_secret"), core.readNamespacedSecret(
                    "azure-cloud-credentials", "openshift-azure-operator").execute().getData()
                    .get("azure_client_secret"));

            // manual mode: the cloud credential operator syncs nothing, and the update does not wait for it
            Map<String, Object> cco = (Map<String, Object>) new CustomObjectsApi(kube).getClusterCustomObject(
                    "operator.openshift.io", "v1", "cloudcredentials", "cluster").execute();
            ((Map<String, Object>) cco.get("spec")).put("credentialsMode", "Manual");
            new CustomObjectsApi(kube).replaceClusterCustomObject("operator.openshift.io", "v1", "cloudcredentials",
                    "cluster", cco).execute();
            Map<String, Object> stale = request(kube);
            ((Map<String, Object>) stale.get("status")).put("lastSyncTimestamp", "2000-01-01T00:00:00Z");
            new CustomObjectsApi(kube).replaceNamespacedCustomObjectStatus("cloudcredential.openshift.io", "v1",
                    "openshift-cloud-credential-operator", "credentialsrequests", "openshift-azure-operator", stale)
                    .execute();
            f.run(key, () -> f.enqueue(key, ProvisioningState.UPDATING));
            assertEquals("2000-01-01T00:00:00Z", ((Map<String, Object>) request(kube).get("status"))
                    .get("lastSyncTimestamp"));
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> request(ApiClient kube) throws Exception {
        return (Map<String, Object>) new CustomObjectsApi(kube).getNamespacedCustomObject(
                "cloudcredential.openshift.io", "v1", "openshift-cloud-credential-operator", "credentialsrequests",
                "openshift-azure-operator").execute();
    }

    @SuppressWarnings("unchecked")
    private static String generation(Map<String, Object> object) {
        return String.valueOf(((Map<String, Object>) object.get("metadata")).get("generation"));
    }
}
