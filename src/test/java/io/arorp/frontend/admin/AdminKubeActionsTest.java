package io.arorp.frontend.admin;

import static io.arorp.frontend.admin.AdminVmActionsTest.assertCloudError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.arorp.env.RpRegion;
import io.kubernetes.client.openapi.ApiClient;
import io.kubernetes.client.openapi.apis.CertificatesV1Api;
import io.kubernetes.client.openapi.apis.CoreV1Api;
import io.kubernetes.client.openapi.models.V1CertificateSigningRequest;
import io.kubernetes.client.openapi.models.V1Pod;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The admin actions through a cluster's Kubernetes API, against a simulated cluster a simulated install started. */
class AdminKubeActionsTest {
    @TempDir
    static Path dir;
    private static ClusterActionsFixture f;
    private static String id;
    private static ApiClient kube;

    @BeforeAll
    static void install() throws Exception {
        f = new ClusterActionsFixture(dir, 60); // the cluster's VMs use 40 cores
        id = f.cluster("kube");
        kube = f.admin.kube(f.admin.document(id));
    }

    @AfterAll
    static void close() {
        f.close();
    }

    @Test
    @SuppressWarnings("unchecked")
    void topShowsUsageAndTheShareOfTheNode() throws Exception {
        AdminTop top = new AdminTop(f.admin);
        List<Map<String, Object>> nodes = (List<Map<String, Object>>) top.nodes(id).body();
        assertEquals(6, nodes.size());
        Map<String, Object> master = nodes.stream().filter(n -> n.get("nodeName").toString().contains("master-0"))
                .findFirst().orElseThrow();
        assertEquals(850L, master.get("cpuUsage"));
        assertEquals(10.63, master.get("cpuPercentage"), "850m of 8 cores");
        List<Map<String, Object>> pods = (List<Map<String, Object>>) top.pods(id, null).body();
        assertEquals(new CoreV1Api(kube).listPodForAllNamespaces().execute().getItems().size(), pods.size());
        List<Map<String, Object>> etcd = (List<Map<String, Object>>) top.pods(id, "openshift-etcd").body();
        assertEquals(3, etcd.size());
        assertEquals(5L + 12 + 19, etcd.get(0).get("cpuUsage"), "the three containers' usage summed");
        assertCloudError(400, "InvalidParameter", "The provided namespace 'a b' is invalid.", () -> top.pods(id, "a b"));
    }

    @Test
    void podLogsOnlyFromOpenShiftNamespacesAndNamedContainers() throws Exception {
        AdminPodLogs logs = new AdminPodLogs(f.admin);
        String pod = "etcd-" + ClusterActionsFixture.infraId("kube") + "-master-1";
        assertTrue(logs.run(id, "openshift-etcd", pod, "etcdctl").contains("starting etcdctl"));
        assertCloudError(403, "Forbidden", "Access to the provided namespace 'customer' is forbidden.",
                () -> logs.run(id, "customer", pod, "etcd"));
        assertCloudError(400, "InvalidParameter", "The provided pod name '' is invalid.",
                () -> logs.run(id, "openshift-etcd", "", "etcd"));
        assertCloudError(400, "InvalidParameter", "The provided container name '' is invalid.",
                () -> logs.run(id, "openshift-etcd", pod, null));
        assertCloudError(400, "BadRequest", "container router is not valid for pod " + pod,
                () -> logs.run(id, "openshift-etcd", pod, "router"));
        assertCloudError(404, "NotFound", "pods \"etcd-gone\" not found",
                () -> logs.run(id, "openshift-etcd", "etcd-gone", "etcd"));
    }

    @Test
    void csrsAreApprovedOnceAndUnknownOnesAreReported() throws Exception {
        AdminApproveCsr approve = new AdminApproveCsr(f.admin, Clock.systemUTC());
        CertificatesV1Api certificates = new CertificatesV1Api(kube);
        String name = certificates.listCertificateSigningRequest().execute().getItems().get(0).getMetadata().getName();
        assertEquals(1, approve.run(id, name));
        V1CertificateSigningRequest csr = certificates.readCertificateSigningRequest(name).execute();
        assertEquals("AROSupportApprove", csr.getStatus().getConditions().get(0).getReason());
        assertEquals(0, approve.run(id, null), "already approved: nothing left to approve");
        assertCloudError(400, "ResourceNotFound", "certificate signing request 'csr-none' was not found.",
                () -> approve.run(id, "csr-none"));
        assertCloudError(400, "InvalidParameter", "The provided name 'a/b' is invalid.", () -> approve.run(id, "a/b"));
    }

    @Test
    void cordonAndUncordonANode() throws Exception {
        AdminCordonNode cordon = new AdminCordonNode(f.admin);
        String node = ClusterActionsFixture.infraId("kube") + "-master-2";
        cordon.run(id, node, true);
        assertEquals(Boolean.TRUE, new CoreV1Api(kube).readNode(node).execute().getSpec().getUnschedulable());
        cordon.run(id, node, false);
        assertEquals(null, new CoreV1Api(kube).readNode(node).execute().getSpec().getUnschedulable());
        assertCloudError(404, "NotFound", "nodes \"nowhere\" not found", () -> cordon.run(id, "nowhere", true));
        assertCloudError(400, "InvalidParameter", "The provided name '' is invalid.", () -> cordon.run(id, "", true));
    }

    @Test
    void drainDeletesAllButDaemonSetAndMirrorPodsOfTheNode() throws Exception {
        CoreV1Api core = new CoreV1Api(kube);
        String worker = core.listNamespacedPod("openshift-ingress").execute().getItems().get(0).getSpec().getNodeName();
        List<String> deleted = new AdminDrainNode(f.admin, Clock.systemUTC()).run(id, worker);
        assertTrue(deleted.stream().anyMatch(p -> p.startsWith("openshift-ingress/router-default-")), deleted.toString());
        List<V1Pod> left = core.listPodForAllNamespaces().execute().getItems().stream()
                .filter(p -> worker.equals(p.getSpec().getNodeName())).toList();
        assertEquals(1, left.size(), "only the DNS DaemonSet pod stays");
        assertTrue(left.get(0).getMetadata().getName().startsWith("dns-default-"));
        assertEquals(Boolean.TRUE, core.readNode(worker).execute().getSpec().getUnschedulable());
        String master = ClusterActionsFixture.infraId("kube") + "-master-0";
        new AdminDrainNode(f.admin, Clock.systemUTC()).run(id, master);
        assertEquals(1, core.listNamespacedPod("openshift-etcd").execute().getItems().stream()
                .filter(p -> master.equals(p.getSpec().getNodeName())).count(), "static pods stay");
        new AdminCordonNode(f.admin).run(id, master, false);
    }

    @Test
    @SuppressWarnings("unchecked")
    void selectorsDescribeTheClusterForMaintenanceSchedules() {
        Map<String, String> data = (Map<String, String>) new AdminSelectors(f.admin, f.subscriptions,
                new RpRegion("eastus"), Optional.empty()).run(id).body();
        assertEquals(id.toLowerCase(), data.get("resourceID"));
        assertEquals("Registered", data.get("subscriptionState"));
        assertEquals("ServicePrincipal", data.get("authenticationType"));
        assertEquals("2", data.get("architectureVersion"));
        assertEquals("Succeeded", data.get("provisioningState"));
        assertEquals("Loadbalancer", data.get("outboundType"));
        assertEquals("Public", data.get("APIServerVisibility"));
        assertEquals("true", data.get("isManagedDomain"));
    }

    @Test
    void theControlPlaneCheckFindsAVmWhoseSizeOrPowerNoLongerMatchesItsMachine() {
        AdminControlPlaneStatus status = new AdminControlPlaneStatus(f.admin, f.resources);
        assertEquals(200, status.run(id).status());
        String master = ClusterActionsFixture.infraId("kube") + "-master-1";
        String vm = "/subscriptions/" + ClusterActionsFixture.SUBSCRIPTION + "/resourceGroups/aro-kube/providers/"
                + "Microsoft.Compute/virtualMachines/" + master;
        f.compute.resize(vm, "Standard_D16s_v3");
        f.compute.stop(vm, true);
        assertCloudError(500, "InternalServerError", "control plane machine and Azure VM inventory is inconsistent: "
                + "found unexpected statuses for VM " + master + ": PowerState/deallocated | machine " + master
                + " has size Standard_D8s_v3 in its spec, however Azure VM is running a Standard_D16s_v3 VM",
                () -> status.run(id));
        f.compute.resize(vm, "Standard_D8s_v3");
        f.compute.start(vm);
        assertEquals(200, status.run(id).status());
    }

    @Test
    void preResizeValidationChecksSizeQuotaAndTheHealthOfTheControlPlane() throws Exception {
        AdminPreResizeValidation validation = new AdminPreResizeValidation(f.admin, f.compute, f.resources);
        assertEquals(200, validation.run(id, "Standard_E8s_v3").status(), "same core count: no quota needed");
        assertCloudError(400, "InvalidParameter", "The provided vmSize is empty.", () -> validation.run(id, ""));
        assertCloudError(400, "InvalidParameter", "The provided vmSize 'Standard_D4s_v3' is unsupported for master.",
                () -> validation.run(id, "Standard_D4s_v3"));
        assertCloudError(400, "InvalidParameter", "The selected SKU 'Standard_M128ms' is restricted in region 'eastus' "
                + "for selected subscription", () -> validation.run(id, "Standard_M128ms"));
        assertCloudError(400, "ResourceQuotaExceeded", "Resource quota of cores exceeded. Maximum allowed: 60, Current "
                + "in use: 40, Additional requested: 24.", () -> validation.run(id, "Standard_D16s_v3"));

        var operators = new io.kubernetes.client.util.generic.dynamic.DynamicKubernetesApi("config.openshift.io", "v1",
                "clusteroperators", kube);
        var etcd = operators.get("etcd").getObject();
        String healthy = etcd.getRaw().getAsJsonObject("status").toString();
        etcd.getRaw().getAsJsonObject("status").getAsJsonArray("conditions").forEach(c -> {
            if (c.getAsJsonObject().get("type").getAsString().equals("Degraded")) {
                c.getAsJsonObject().addProperty("status", "True");
            }
        });
        writeStatus(etcd);
        assertCloudError(409, "RequestNotAllowed", "etcd is not healthy: Available=True Progressing=False Degraded=True."
                + " Resize is not safe while etcd quorum is at risk.", () -> validation.run(id, "Standard_E8s_v3"));
        etcd = operators.get("etcd").getObject();
        etcd.getRaw().add("status", com.google.gson.JsonParser.parseString(healthy));
        writeStatus(etcd);
        assertEquals(200, validation.run(id, "Standard_E8s_v3").status());
    }

    /** PUT on the status subresource, as an operator writes its conditions. */
    private static void writeStatus(io.kubernetes.client.util.generic.dynamic.DynamicKubernetesObject object)
            throws Exception {
        new io.kubernetes.client.openapi.apis.CustomObjectsApi(kube).replaceClusterCustomObjectStatus(
                "config.openshift.io", "v1", "clusteroperators", object.getMetadata().getName(), object.getRaw())
                .execute();
    }
}
