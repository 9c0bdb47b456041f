package io.arorp.backend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.arorp.api.MaintenanceTask;
import io.arorp.api.ProvisioningState;
import io.arorp.env.sim.cloud.SimKeyVault;
import io.arorp.util.json.Jackson;
import io.kubernetes.client.openapi.apis.CoreV1Api;
import io.kubernetes.client.openapi.apis.CustomObjectsApi;
import io.kubernetes.client.openapi.models.V1Secret;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Certificate fixes: an update puts certificates created under an older issuer back on the RP's issuer and has the
 * default IngressController serve the signed ingress certificate; a certificate renewal serves the new one and points
 * the machines' user data at the machine config server by name; a second run writes nothing.
 */
class CertificateFixesTest {
    @Test
    @SuppressWarnings("unchecked")
    void theIssuerIsCorrectedAndUserDataPointsAtApiInt(@TempDir Path dir) throws Exception {
        try (BackendFixture f = new BackendFixture(dir)) {
            String key = f.installed("certfix");
            var doc = f.clusters("r").get(key).orElseThrow();
            SimKeyVault vault = new SimKeyVault(f.cloud, f.clock, "eastus");
            vault.setIssuer(doc.getId() + "-apiserver", "OldIssuer");
            f.run(key, () -> f.enqueue(key, ProvisioningState.UPDATING));
            assertEquals(SimKeyVault.ISSUER, vault.issuer(doc.getId() + "-apiserver").orElseThrow());
            assertEquals(SimKeyVault.ISSUER, vault.issuer(doc.getId() + "-ingress").orElseThrow());
            assertFalse(vault.correctIssuer(doc.getId() + "-apiserver"), "nothing left to correct");

            CoreV1Api core = new CoreV1Api(f.kube(key));
            String ingressName = doc.getId() + "-ingress";
            V1Secret tls = core.readNamespacedSecret(ingressName, "openshift-ingress").execute();
            assertEquals("kubernetes.io/tls", tls.getType());
            assertTrue(new String(tls.getData().get("tls.crt")).startsWith("-----BEGIN CERTIFICATE-----"));
            assertTrue(new String(tls.getData().get("tls.key")).contains("PRIVATE KEY-----"));
            Map<String, Object> ingress = (Map<String, Object>) new CustomObjectsApi(f.kube(key))
                    .getNamespacedCustomObject("operator.openshift.io", "v1", "openshift-ingress-operator",
                            "ingresscontrollers", "default").execute();
            Map<String, Object> spec = (Map<String, Object>) ingress.get("spec");
            assertEquals(Map.of("name", ingressName), spec.get("defaultCertificate"));
            f.run(key, () -> f.enqueue(key, ProvisioningState.UPDATING));
            assertEquals(tls.getMetadata().getResourceVersion(), core.readNamespacedSecret(ingressName,
                    "openshift-ingress").execute().getMetadata().getResourceVersion(), "the same certificate again");
            V1Secret worker = core.readNamespacedSecret("worker-user-data", "openshift-machine-api").execute();
            JsonNode ignition = Jackson.newMapper().readTree(worker.getData().get("userData"));
            ((ObjectNode) ignition.path("ignition").path("config").path("merge").get(0))
                    .put("source", "https://10.0.0.4:22623/config/worker");
            worker.putDataItem("userData", Jackson.newMapper().writeValueAsBytes(ignition));
            core.replaceNamespacedSecret("worker-user-data", "openshift-machine-api", worker).execute();
            String master = core.readNamespacedSecret("master-user-data", "openshift-machine-api").execute()
                    .getMetadata().getResourceVersion();

            f.run(key, () -> f.enqueueAdminUpdate(key, MaintenanceTask.CERTIFICATES_RENEWAL));
            V1Secret fixed = core.readNamespacedSecret("worker-user-data", "openshift-machine-api").execute();
            assertFalse(Arrays.equals(tls.getData().get("tls.crt"), core.readNamespacedSecret(ingressName,
                    "openshift-ingress").execute().getData().get("tls.crt")), "the renewed certificate is served");
            JsonNode config = Jackson.newMapper().readTree(fixed.getData().get("userData"));
            assertEquals("https://api-int.certfix.eastus.aroapp.io:22623/config/worker",
                    config.path("ignition").path("config").path("merge").get(0).path("source").asText());
            assertTrue(config.path("ignition").path("security").path("tls").path("certificateAuthorities").get(0)
                    .path("source").asText().startsWith("data:"), "the rest of the config is kept");
            assertEquals(master, core.readNamespacedSecret("master-user-data", "openshift-machine-api").execute()
                    .getMetadata().getResourceVersion(), "a right secret is not written");

            f.run(key, () -> f.enqueueAdminUpdate(key, MaintenanceTask.CERTIFICATES_RENEWAL));
            assertEquals(fixed.getMetadata().getResourceVersion(), core.readNamespacedSecret("worker-user-data",
                    "openshift-machine-api").execute().getMetadata().getResourceVersion());
        }
    }
}
