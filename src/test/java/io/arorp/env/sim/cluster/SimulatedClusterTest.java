package io.arorp.env.sim.cluster;

import io.arorp.env.tls.ClusterPki;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.arorp.api.Secret;
import io.arorp.env.kube.Kubeconfig;
import io.kubernetes.client.openapi.ApiClient;
import io.kubernetes.client.openapi.ApiException;
import io.kubernetes.client.openapi.apis.CertificatesV1Api;
import io.kubernetes.client.openapi.apis.CoreV1Api;
import io.kubernetes.client.openapi.apis.CustomObjectsApi;
import io.kubernetes.client.openapi.apis.VersionApi;
import io.kubernetes.client.openapi.models.V1CertificateSigningRequest;
import io.kubernetes.client.openapi.models.V1CertificateSigningRequestCondition;
import io.kubernetes.client.openapi.models.V1ConfigMap;
import io.kubernetes.client.openapi.models.V1Node;
import io.kubernetes.client.openapi.models.V1ObjectMeta;
import io.kubernetes.client.util.generic.dynamic.DynamicKubernetesApi;
import io.kubernetes.client.util.generic.dynamic.DynamicKubernetesObject;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;
import javax.net.ssl.SSLHandshakeException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SimulatedClusterTest {
    private static ScheduledExecutorService timer;
    private static SimulatedCluster cluster;
    private static ApiClient client;

    @BeforeAll
    static void start() throws Exception {
        timer = TestClusters.timer();
        cluster = SimulatedCluster.create("c1", TestClusters.seed("dev", 3), TestClusters.shared(timer));
        client = TestClusters.client(cluster);
    }

    @AfterAll
    static void stop() {
        cluster.close();
        timer.shutdownNow();
    }

    @Test
    void listsThreeMastersAndTheWorkersAllReady() throws ApiException {
        List<V1Node> nodes = new CoreV1Api(client).listNode().execute().getItems();
        assertEquals(6, nodes.size());
        assertEquals(3, new CoreV1Api(client).listNode().labelSelector("node-role.kubernetes.io/master").execute().getItems().size());
        for (V1Node node : nodes) {
            assertTrue(node.getStatus().getConditions().stream()
                    .anyMatch(c -> c.getType().equals("Ready") && c.getStatus().equals("True")), node.getMetadata().getName());
        }
    }

    @Test
    void configMapCreateGetDeleteAndMissingIs404WithStatus() throws ApiException {
        CoreV1Api core = new CoreV1Api(client);
        V1ConfigMap created = core.createNamespacedConfigMap("openshift-config",
                new V1ConfigMap().metadata(new V1ObjectMeta().name("probe")).data(Map.of("k", "v"))).execute();
        assertNotNull(created.getMetadata().getUid());
        assertEquals("v", core.readNamespacedConfigMap("probe", "openshift-config").execute().getData().get("k"));
        core.deleteNamespacedConfigMap("probe", "openshift-config").execute();
        ApiException missing = assertThrows(ApiException.class,
                () -> core.readNamespacedConfigMap("probe", "openshift-config").execute());
        assertEquals(404, missing.getCode());
        assertTrue(missing.getResponseBody().contains("\"reason\":\"NotFound\""), missing.getResponseBody());
    }

    @Test
    @SuppressWarnings("unchecked")
    void clusterVersionIsAvailableAtTheSeededVersion() throws ApiException {
        Map<String, Object> version = (Map<String, Object>) new CustomObjectsApi(client)
                .getClusterCustomObject("config.openshift.io", "v1", "clusterversions", "version").execute();
        Map<String, Object> status = (Map<String, Object>) version.get("status");
        assertEquals("4.15.35", ((Map<String, Object>) status.get("desired")).get("version"));
    }

    @Test
    void theServerIsVerifiedAgainstTheKubeconfigCa() {
        Kubeconfig admin = Kubeconfig.parse(cluster.adminKubeconfig().revealBytes());
        String strangerCa = ClusterPki.create("stranger", Clock.systemUTC(), new SecureRandom()).caPem();
        Kubeconfig wrongCa = Kubeconfig.withClientCertificate("cluster", admin.server(), strangerCa,
                admin.clientCertificatePem(), admin.clientKey());
        ApiException refused = assertThrows(ApiException.class, () -> new CoreV1Api(
                TestClusters.CLIENTS.client(wrongCa.toYaml())).listNamespace().execute());
        assertInstanceOf(SSLHandshakeException.class, refused.getCause());
    }

    @Test
    void aCallerWithoutClientCertificateGets401WithStatus() {
        Kubeconfig admin = Kubeconfig.parse(cluster.adminKubeconfig().revealBytes());
        Kubeconfig tokenOnly = new Kubeconfig("cluster", admin.server(), admin.certificateAuthorityPem(), null, null,
                Secret.of("not-a-credential-here"));
        ApiException refused = assertThrows(ApiException.class, () -> new CoreV1Api(
                TestClusters.CLIENTS.client(tokenOnly.toYaml())).listNamespace().execute());
        assertEquals(401, refused.getCode());
        assertTrue(refused.getResponseBody().contains("\"reason\":\"Unauthorized\""), refused.getResponseBody());
    }

    @Test
    void versionAnswersWithTheKubernetesReleaseOfTheOpenShiftVersion() throws ApiException {
        assertEquals("28", new VersionApi(client).getCode().execute().getMinor());
    }

    @Test
    void everyClusterOperatorIsAvailableAndNotDegraded() throws ApiException {
        List<DynamicKubernetesObject> operators = dynamic("config.openshift.io", "v1", "clusteroperators").list()
                .throwsApiException().getObject().getItems();
        assertTrue(operators.size() >= 30, "operators: " + operators.size());
        for (DynamicKubernetesObject operator : operators) {
            Map<String, String> conditions = new java.util.HashMap<>();
            operator.getRaw().getAsJsonObject("status").getAsJsonArray("conditions").forEach(c -> conditions.put(
                    c.getAsJsonObject().get("type").getAsString(), c.getAsJsonObject().get("status").getAsString()));
            assertEquals("True", conditions.get("Available"), operator.getMetadata().getName());
            assertEquals("False", conditions.get("Degraded"), operator.getMetadata().getName());
        }
    }

    @Test
    void workerMachineSetsFollowTheWorkerProfileAcrossThreeZones() throws ApiException {
        List<DynamicKubernetesObject> sets = dynamic("machine.openshift.io", "v1beta1", "machinesets")
                .list("openshift-machine-api").throwsApiException().getObject().getItems();
        assertEquals(List.of("dev-x7k2p-worker-eastus1", "dev-x7k2p-worker-eastus2", "dev-x7k2p-worker-eastus3"),
                sets.stream().map(s -> s.getMetadata().getName()).sorted().toList());
        int replicas = 0;
        for (DynamicKubernetesObject set : sets) {
            var spec = set.getRaw().getAsJsonObject("spec");
            replicas += spec.get("replicas").getAsInt();
            var provider = spec.getAsJsonObject("template").getAsJsonObject("spec").getAsJsonObject("providerSpec")
                    .getAsJsonObject("value");
            assertEquals("Standard_D4s_v3", provider.get("vmSize").getAsString());
            assertEquals(128, provider.getAsJsonObject("osDisk").get("diskSizeGB").getAsInt());
            assertEquals("worker", provider.get("subnet").getAsString());
            assertEquals("dev-vnet", provider.get("vnet").getAsString());
        }
        assertEquals(3, replicas);
        assertEquals(6, dynamic("machine.openshift.io", "v1beta1", "machines").list("openshift-machine-api")
                .throwsApiException().getObject().getItems().size());
    }

    @Test
    void theAroOperatorClusterResourceCarriesTheClusterFacts() throws ApiException {
        DynamicKubernetesObject aro = dynamic("aro.openshift.io", "v1alpha1", "clusters").get("cluster")
                .throwsApiException().getObject();
        var spec = aro.getRaw().getAsJsonObject("spec");
        assertEquals("dev-x7k2p", spec.get("infraId").getAsString());
        assertEquals("dev.eastus.aroapp.io", spec.get("domain").getAsString());
        assertTrue(spec.get("resourceId").getAsString().endsWith("/openShiftClusters/dev"));
    }

    private static DynamicKubernetesApi dynamic(String group, String version, String plural) {
        return new DynamicKubernetesApi(group, version, plural, client);
    }

    @Test
    void etcdRunsOnEveryMasterAndEveryPodHasMetrics() throws ApiException {
        var etcd = new CoreV1Api(client).listNamespacedPod("openshift-etcd").execute().getItems();
        assertEquals(3, etcd.size());
        assertTrue(etcd.get(0).getSpec().getNodeName().startsWith("dev-x7k2p-master-"));
        var pods = new DynamicKubernetesApi("metrics.k8s.io", "v1beta1", "pods", client).list();
        assertTrue(pods.isSuccess(), pods.getStatus() == null ? "" : pods.getStatus().getMessage());
        int allPods = new CoreV1Api(client).listPodForAllNamespaces().execute().getItems().size();
        assertEquals(allPods, pods.getObject().getItems().size());
        var nodes = new DynamicKubernetesApi("metrics.k8s.io", "v1beta1", "nodes", client).list();
        assertEquals(6, nodes.getObject().getItems().size());
        assertEquals(6, new CoreV1Api(client).listNode().execute().getItems().size(), "core nodes are separate");
    }

    @Test
    void podLogsNeedAKnownContainer() throws ApiException {
        CoreV1Api core = new CoreV1Api(client);
        String pod = core.listNamespacedPod("openshift-etcd").execute().getItems().get(0).getMetadata().getName();
        String log = core.readNamespacedPodLog(pod, "openshift-etcd").container("etcd").execute();
        assertTrue(log.contains("starting etcd"), log);
        ApiException wrong = assertThrows(ApiException.class,
                () -> core.readNamespacedPodLog(pod, "openshift-etcd").container("nope").execute());
        assertEquals(400, wrong.getCode());
        assertTrue(wrong.getResponseBody().contains("container nope is not valid for pod " + pod));
        assertEquals(404, assertThrows(ApiException.class,
                () -> core.readNamespacedPodLog("gone", "openshift-etcd").execute()).getCode());
    }

    @Test
    void aPendingCsrIsApprovedThroughTheApprovalSubresource() throws ApiException {
        CertificatesV1Api certificates = new CertificatesV1Api(client);
        List<V1CertificateSigningRequest> csrs = certificates.listCertificateSigningRequest().execute().getItems();
        assertEquals(1, csrs.size());
        V1CertificateSigningRequest csr = csrs.get(0);
        csr.setStatus(new io.kubernetes.client.openapi.models.V1CertificateSigningRequestStatus().addConditionsItem(
                new V1CertificateSigningRequestCondition().type("Approved").status("True").reason("Test")));
        certificates.replaceCertificateSigningRequestApproval(csr.getMetadata().getName(), csr).execute();
        var stored = certificates.readCertificateSigningRequest(csr.getMetadata().getName()).execute();
        assertEquals("Approved", stored.getStatus().getConditions().get(0).getType());
    }
}
