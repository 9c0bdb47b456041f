package io.arorp.backend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.arorp.api.MaintenanceTask;
import io.arorp.env.installer.InstallerGraph;
import io.arorp.env.kube.Pem;
import io.arorp.env.sim.cloud.SimStorage;
import io.kubernetes.client.openapi.apis.CoreV1Api;
import io.kubernetes.client.openapi.apis.CustomObjectsApi;
import io.kubernetes.client.openapi.models.V1ObjectMeta;
import io.kubernetes.client.openapi.models.V1Pod;
import io.kubernetes.client.openapi.models.V1PodSpec;
import io.kubernetes.client.openapi.models.V1Container;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The certificate renewal's machine config server steps through the backend: an old cluster's document gets the
 * internal API address back (populateDatabaseIntIP), and the installer's certificate, which names only
 * {@code api-int}, is re-issued with the internal address by the root CA the installer left in its graph; the server
 * pods restart; a second renewal writes nothing. From 4.19 on (the version the cluster runs) it is left alone.
 */
class McsCertificateTest {
    private static final String NAMESPACE = "openshift-machine-config-operator";
    private static final String SECRET = "machine-config-server-tls";

    @Test
    void theMachineConfigServerCertificateIsReissuedByTheRootCaWithTheInternalAddress(@TempDir Path dir)
            throws Exception {
        try (BackendFixture f = new BackendFixture(dir)) {
            String key = f.installed("mcs");
            var props = f.clusters("r").get(key).orElseThrow().getOpenShiftCluster().getProperties();
            String intIp = props.getApiserverProfile().getIntIp();
            String account = props.getClusterProfile().getResourceGroupId()
                    + "/providers/Microsoft.Storage/storageAccounts/cluster" + props.getStorageSuffix();
            X509Certificate rootCa = Pem.certificate(InstallerGraph.rootCa(new SimStorage(f.cloud).getBlob(account,
                    InstallerGraph.CONTAINER, InstallerGraph.BLOB).orElseThrow()).orElseThrow().certificatePem());
            CoreV1Api core = new CoreV1Api(f.kube(key));
            X509Certificate installed = served(core);
            installed.verify(rootCa.getPublicKey());
            assertEquals(null, installed.getSubjectAlternativeNames().stream().filter(n -> n.get(0).equals(7))
                    .findFirst().orElse(null), "the installer's certificate names no address");
            f.clusters("frontend").patch(key, d -> d.getOpenShiftCluster().getProperties().getApiserverProfile()
                    .setIntIp(null));
            core.createNamespacedPod(NAMESPACE, new V1Pod().metadata(new V1ObjectMeta().name("mcs-0")
                    .labels(Map.of("k8s-app", "machine-config-server"))).spec(new V1PodSpec().containers(List.of(
                            new V1Container().name("mcs").image("mcs"))))).execute();

            f.run(key, () -> f.enqueueAdminUpdate(key, MaintenanceTask.CERTIFICATES_RENEWAL));

            assertEquals(intIp, f.clusters("r").get(key).orElseThrow().getOpenShiftCluster().getProperties()
                    .getApiserverProfile().getIntIp(), "populateDatabaseIntIP read it from the internal balancer");
            X509Certificate renewed = served(core);
            renewed.verify(rootCa.getPublicKey());
            assertTrue(renewed.getSubjectX500Principal().getName().contains("CN=system:machine-config-server"));
            List<String> names = renewed.getSubjectAlternativeNames().stream().map(n -> n.get(0) + ":" + n.get(1))
                    .toList();
            assertTrue(names.contains("2:api-int.mcs.eastus.aroapp.io") && names.contains("7:" + intIp), names
                    .toString());
            assertTrue(core.listNamespacedPod(NAMESPACE).labelSelector("k8s-app=machine-config-server").execute()
                    .getItems().isEmpty(), "the server pods restart onto the new certificate");
            String version = core.readNamespacedSecret(SECRET, NAMESPACE).execute().getMetadata()
                    .getResourceVersion();

            f.run(key, () -> f.enqueueAdminUpdate(key, MaintenanceTask.CERTIFICATES_RENEWAL));
            assertEquals(version, core.readNamespacedSecret(SECRET, NAMESPACE).execute().getMetadata()
                    .getResourceVersion(), "a right certificate is not written again");
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void fromOpenShift419TheMachineConfigOperatorOwnsTheCertificate(@TempDir Path dir) throws Exception {
        try (BackendFixture f = new BackendFixture(dir)) {
            String key = f.installed("mcs");
            CustomObjectsApi custom = new CustomObjectsApi(f.kube(key));
            Map<String, Object> cv = (Map<String, Object>) custom.getClusterCustomObject("config.openshift.io", "v1",
                    "clusterversions", "version").execute();
            ((Map<String, Object>) ((Map<String, Object>) cv.get("status")).get("desired")).put("version", "4.19.2");
            custom.replaceClusterCustomObjectStatus("config.openshift.io", "v1", "clusterversions", "version", cv)
                    .execute();
            CoreV1Api core = new CoreV1Api(f.kube(key));
            String version = core.readNamespacedSecret(SECRET, NAMESPACE).execute().getMetadata().getResourceVersion();

            f.run(key, () -> f.enqueueAdminUpdate(key, MaintenanceTask.CERTIFICATES_RENEWAL));

            assertEquals(version, core.readNamespacedSecret(SECRET, NAMESPACE).execute().getMetadata()
                    .getResourceVersion());
        }
    }

    private static X509Certificate served(CoreV1Api core) throws Exception {
        return Pem.certificate(new String(core.readNamespacedSecret(SECRET, NAMESPACE).execute().getData()
                .get("tls.crt"), StandardCharsets.UTF_8));
    }
}
