package io.arorp.frontend;

import static io.arorp.frontend.ArmErrorsIT.assertError;
import static io.arorp.frontend.ArmErrorsIT.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.arorp.testing.ClusterBodies;
import io.arorp.testing.Deployments;
import io.arorp.testing.RpClient;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every per-cluster admin action of this package through the packaged RP: a cluster created through the ARM API
 * reaches Succeeded with the real backend (simulated cloud, simulated cluster), then SREs act on its VMs and its
 * Kubernetes API with the admin certificate. One cluster serves all tests; they touch different VMs and nodes.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AdminClusterActionsIT {
    private static final String API = "?api-version=2025-07-25";
    private static String cluster;
    private static String name;
    private final RpClient rp = new RpClient();
    private final RpClient admin = new RpClient(RpClient.Identity.ADMIN);

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.packagedWar();
    }

    @Test
    void vmPowerSizeAndConsoleChangeWhatTheResourceListShows() throws Exception {
        String worker = vm("-worker-");
        assertEquals(200, post("stopvm?vmName=" + worker + "&deallocateVM=True").statusCode());
        assertEquals("deallocated", vmProperties(worker).getString("powerState"));
        assertEquals(200, post("startvm?vmName=" + worker).statusCode());
        assertEquals("running", vmProperties(worker).getString("powerState"));
        assertEquals(200, post("redeployvm?vmName=" + worker).statusCode());
        assertEquals(1, vmProperties(worker).getInt("hostGeneration"));
        HttpResponse<String> console = get("serialconsole?vmName=" + worker);
        assertEquals(200, console.statusCode(), console.body());
        assertTrue(console.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"));
        assertTrue(console.body().contains(worker + " login:"), console.body());

        String master = vm("-master-2");
        HttpResponse<String> ready = get("preresizevalidation?vmSize=Standard_E8s_v3");
        assertEquals(200, ready.statusCode(), ready.body());
        assertError(get("preresizevalidation?vmSize=Standard_M128ms"), 400, "InvalidParameter", "The selected SKU "
                + "'Standard_M128ms' is restricted in region 'eastus' for selected subscription");
        assertError(get("preresizevalidation"), 400, "InvalidParameter", "The provided vmSize is empty.");
        assertEquals(200, post("resize?vmName=" + master + "&vmSize=Standard_D16s_v3").statusCode());
        assertEquals("Standard_D16s_v3", vmProperties(master).getJsonObject("hardwareProfile").getString("vmSize"));
        HttpResponse<String> check = get("controlplanestatuscheckafterresize");
        assertEquals(500, check.statusCode(), check.body());
        assertTrue(check.body().contains("machine " + master + " has size "), check.body());
        assertTrue(check.body().contains("however Azure VM is running a Standard_D16s_v3 VM"), check.body());
        assertError(post("resizecontrolplane?vmSize=Standard_E8s_v3&deallocateVM=maybe"), 400, "InvalidParameter",
                "The provided deallocateVM value 'maybe' is invalid. Allowed values are 'true' or 'false'.");
        HttpResponse<String> blocked = post("resizecontrolplane?vmSize=Standard_E8s_v3");
        assertEquals(500, blocked.statusCode(), blocked.body());
        assertTrue(blocked.body().contains("Azure VM inventory is inconsistent"), blocked.body());
        assertEquals(200, post("resize?vmName=" + master + "&vmSize=Standard_D8s_v3").statusCode());
        HttpResponse<String> whole = post("resizecontrolplane?vmSize=Standard_E8s_v3&deallocateVM=false");
        assertEquals(200, whole.statusCode(), whole.body());
        for (String m : List.of(vm("-master-0"), vm("-master-1"), master)) {
            assertEquals("Standard_E8s_v3", vmProperties(m).getJsonObject("hardwareProfile").getString("vmSize"));
            assertEquals("running", vmProperties(m).getString("powerState"));
        }
        assertEquals(200, get("controlplanestatuscheckafterresize").statusCode());
        assertError(post("resize?vmName=" + worker + "&vmSize=Standard_D16s_v3"), 403, "Forbidden", "\"The vmName '"
                + worker + "' provided cannot be resized. It is either not a master node or not adhering to the "
                + "standard naming convention.\"");
        assertError(post("resize?vmName=" + master + "&vmSize=Standard_D2s_v3"), 400, "InvalidParameter",
                "The provided vmSize 'Standard_D2s_v3' is unsupported for master.");
        assertError(post("stopvm?vmName=" + worker + "x"), 404, "NotFound", "The VirtualMachine '" + worker
                + "x' under resource group 'rg' was not found.");
        assertError(post("startvm?vmName="), 400, "InvalidParameter", "The provided vmName '' is invalid.");
    }

    @Test
    void skusRoutesNicsAndManagedResources() throws Exception {
        HttpResponse<String> skus = get("skus");
        assertEquals(200, skus.statusCode(), skus.body());
        assertTrue(skus.body().contains("\"Standard_D8s_v3\""), skus.body());

        String nic = vm("-master-0") + "-nic";
        HttpResponse<String> routes = get("effectiveroutetable?nic=" + nic);
        assertEquals(200, routes.statusCode(), routes.body());
        JsonArray value = json(routes.body()).getJsonArray("value");
        assertEquals("VnetLocal", value.getJsonObject(0).getString("nextHopType"));
        assertEquals("Internet", value.getJsonObject(1).getString("nextHopType"));
        HttpResponse<String> noNic = get("effectiveroutetable");
        assertError(noNic, 400, "InvalidParameter", "Network interface name is required");
        assertEquals("nic", json(noNic.body()).getJsonObject("error").getString("target"));

        String healthyNic = vm("-master-1") + "-nic";
        assertError(post("reconcilefailednic?nicName=" + healthyNic), 500, "InternalServerError",
                "Internal server error.");
        JsonObject failed = resource(healthyNic);
        String body = failed.toString().replace("\"provisioningState\":\"Succeeded\"", "\"provisioningState\":\"Failed\"");
        assertEquals(200, admin.send(HttpRequest.newBuilder(admin.uri("/admin/simulation/resources"))
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(body)))
                .statusCode());
        assertEquals(200, post("reconcilefailednic?nicName=" + healthyNic).statusCode());
        assertEquals("Succeeded", resource(healthyNic).getJsonObject("properties").getString("provisioningState"));

        String group = "/subscriptions/" + cluster.split("/")[2] + "/resourceGroups/aro-" + name;
        String disk = resource(vm("-worker-") + "_OSDisk").getString("id");
        assertEquals(200, post("deletemanagedresource?managedResourceID=" + disk).statusCode());
        assertError(post("deletemanagedresource?managedResourceID=" + disk), 404, "NotFound",
                "The resource '" + disk + "' could not be found.");
        String pls = group + "/providers/Microsoft.Network/privateLinkServices/x-pls";
        assertError(post("deletemanagedresource?managedResourceID=" + pls), 400, "InvalidParameter",
                "deletion of resource " + pls + " is forbidden");
    }

    @Test
    void kubernetesRoutes() throws Exception {
        HttpResponse<String> nodes = get("top/nodes");
        assertEquals(200, nodes.statusCode(), nodes.body());
        assertEquals(6, array(nodes.body()).size());
        HttpResponse<String> pods = get("top/pods?namespace=openshift-etcd");
        assertEquals(200, pods.statusCode(), pods.body());
        assertEquals(3, array(pods.body()).size());

        String etcd = array(pods.body()).getJsonObject(0).getString("podName");
        HttpResponse<String> log = get("kubernetespodlogs?namespace=openshift-etcd&podname=" + etcd + "&container=etcd");
        assertEquals(200, log.statusCode(), log.body());
        assertTrue(log.body().contains("starting etcd"), log.body());
        assertError(get("kubernetespodlogs?namespace=customer&podname=" + etcd + "&container=etcd"), 403, "Forbidden",
                "Access to the provided namespace 'customer' is forbidden.");

        assertEquals(200, post("approvecsr").statusCode());
        assertError(post("approvecsr?csrName=csr-none"), 400, "ResourceNotFound",
                "certificate signing request 'csr-none' was not found.");

        String master = vm("-master-1");
        assertEquals(200, post("cordonnode?vmName=" + master + "&shouldCordon=true").statusCode());
        assertTrue(node(master).getJsonObject("spec").getBoolean("unschedulable"));
        assertEquals(200, post("cordonnode?vmName=" + master + "&shouldCordon=false").statusCode());
        assertError(post("cordonnode?vmName=nowhere&shouldCordon=true"), 404, "NotFound", "nodes \"nowhere\" not found");

        String worker = array(get("top/pods?namespace=openshift-ingress").body()).getJsonObject(0).getString("nodeName");
        assertEquals(200, post("drainnode?vmName=" + worker).statusCode());
        assertEquals(0, array(get("top/pods?namespace=openshift-ingress").body()).stream()
                .filter(p -> worker.equals(p.asJsonObject().getString("nodeName", ""))).count());
        assertTrue(node(worker).getJsonObject("spec").getBoolean("unschedulable"));

        HttpResponse<String> selectors = get("selectors");
        assertEquals(200, selectors.statusCode(), selectors.body());
        assertEquals("Succeeded", json(selectors.body()).getString("provisioningState"));
    }

    @Test
    void everyRouteAnswers404ForAClusterThatDoesNotExist() throws Exception {
        cluster();
        String missing = "/admin" + ClusterBodies.clusterId(cluster.split("/")[2], "rg", "missing");
        for (String route : List.of("resources", "skus", "effectiveroutetable?nic=a-nic", "serialconsole?vmName=v",
                "top/nodes", "top/pods", "kubernetespodlogs?namespace=openshift-etcd&podname=p&container=c",
                "selectors", "controlplanestatuscheckafterresize", "preresizevalidation?vmSize=Standard_D8s_v3")) {
            assertError(admin.get(admin.https(), missing + "/" + route), 404, "ResourceNotFound",
                    "The Resource 'openShiftClusters/missing' under resource group 'rg' was not found.");
        }
        for (String route : List.of("redeployvm?vmName=v", "startvm?vmName=v", "stopvm?vmName=v", "resize?vmName=v",
                "reconcilefailednic?nicName=n1", "deletemanagedresource?managedResourceID=x", "approvecsr",
                "cordonnode?vmName=v", "drainnode?vmName=v", "resizecontrolplane?vmSize=Standard_D8s_v3")) {
            assertError(admin.send(HttpRequest.newBuilder(admin.uri(missing + "/" + route))
                    .POST(HttpRequest.BodyPublishers.noBody())), 404, "ResourceNotFound",
                    "The Resource 'openShiftClusters/missing' under resource group 'rg' was not found.");
        }
        assertError(rp.get(rp.https(), "/admin" + cluster + "/resources"), 403, "Forbidden", "Forbidden.");
    }

    private HttpResponse<String> get(String action) throws Exception {
        return admin.get(admin.https(), "/admin" + cluster() + "/" + action);
    }

    private HttpResponse<String> post(String action) throws Exception {
        return admin.send(HttpRequest.newBuilder(admin.uri("/admin" + cluster() + "/" + action))
                .POST(HttpRequest.BodyPublishers.noBody()));
    }

    /** The name of the cluster's VM whose name contains {@code part}. */
    private String vm(String part) throws Exception {
        return resources().stream().map(JsonValue::asJsonObject)
                .filter(r -> r.getString("type").equals("Microsoft.Compute/virtualMachines"))
                .map(r -> r.getString("name")).filter(n -> n.contains(part)).sorted().findFirst().orElseThrow();
    }

    private JsonObject vmProperties(String vm) throws Exception {
        return resource(vm).getJsonObject("properties");
    }

    private JsonObject resource(String resourceName) throws Exception {
        return resources().stream().map(JsonValue::asJsonObject).filter(r -> r.getString("name").equals(resourceName))
                .findFirst().orElseThrow();
    }

    private JsonArray resources() throws Exception {
        HttpResponse<String> response = get("resources");
        assertEquals(200, response.statusCode(), response.body());
        return array(response.body());
    }

    private JsonObject node(String nodeName) throws Exception {
        HttpResponse<String> response = get("kubernetesobjects?kind=Node&name=" + nodeName);
        assertEquals(200, response.statusCode(), response.body());
        return json(response.body());
    }

    /** The one cluster of this class, created on first use and awaited until Succeeded. */
    private synchronized String cluster() throws Exception {
        if (cluster != null) {
            return cluster;
        }
        String subscription = UUID.randomUUID().toString();
        assertEquals(201, rp.send(HttpRequest.newBuilder(rp.uri("/subscriptions/" + subscription + "?api-version=2.0"))
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(
                        "{\"state\":\"Registered\",\"properties\":{\"tenantId\":\"" + UUID.randomUUID() + "\"}}")))
                .statusCode());
        String clusterName = "adm-" + subscription.substring(0, 8);
        String id = ClusterBodies.clusterId(subscription, "rg", "admin-actions");
        HttpResponse<String> created = rp.send(HttpRequest.newBuilder(rp.uri(id + API))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(ClusterBodies.create(subscription, clusterName))));
        assertEquals(201, created.statusCode(), created.body());
        String operation = created.headers().firstValue("Azure-AsyncOperation").orElseThrow();
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        String status = "";
        while (System.nanoTime() < deadline) {
            status = json(rp.send(HttpRequest.newBuilder(URI.create(operation)).GET()).body()).getString("status");
            if (status.equals("Succeeded") || status.equals("Failed")) {
                break;
            }
            Thread.sleep(200);
        }
        assertEquals("Succeeded", status);
        name = clusterName;
        cluster = id;
        return id;
    }

    private static JsonArray array(String body) {
        try (var reader = jakarta.json.Json.createReader(new StringReader(body))) {
            return reader.readArray();
        }
    }
}
