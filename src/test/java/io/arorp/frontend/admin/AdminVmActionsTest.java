package io.arorp.frontend.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.arorp.api.CloudException;
import io.arorp.env.RpRegion;
import io.arorp.env.cloud.CloudResource;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

/** The admin actions on a cluster's Azure resources, against the simulated cloud a simulated install filled. */
class AdminVmActionsTest {
    @TempDir
    static Path dir;
    private static ClusterActionsFixture f;
    private static String id;
    private static String other;
    private static String group;
    private static AdminVmPower power;

    @BeforeAll
    static void install() throws Exception {
        f = new ClusterActionsFixture(dir);
        id = f.cluster("vms");
        other = f.cluster("other");
        group = "/subscriptions/" + ClusterActionsFixture.SUBSCRIPTION + "/resourceGroups/aro-vms";
        power = new AdminVmPower(f.admin, f.compute);
    }

    @AfterAll
    static void close() {
        f.close();
    }

    @Test
    void stopDeallocateStartAndRedeployChangeThePowerStateSeenInTheResourceList() {
        String vm = ClusterActionsFixture.infraId("vms") + "-worker-eastus1-0";
        power.stop(id, vm, false);
        assertEquals("stopped", vmProperties(vm).path("powerState").asText());
        power.stop(id, vm, true);
        assertEquals("deallocated", vmProperties(vm).path("powerState").asText());
        power.start(id, vm);
        assertEquals("running", vmProperties(vm).path("powerState").asText());
        power.redeploy(id, vm);
        assertEquals(1, vmProperties(vm).path("hostGeneration").asInt());
        String console = new String(new AdminSerialConsole(f.admin, f.compute).run(id, vm), StandardCharsets.UTF_8);
        assertTrue(console.contains("(boot 3, host 1)"), console);
        assertTrue(console.endsWith(vm + " login: \n"), console);
    }

    @Test
    void vmsAreNamedValidlyAndOnlyTheClustersOwn() {
        assertCloudError(400, "InvalidParameter", "The provided vmName '' is invalid.", () -> power.start(id, ""));
        assertCloudError(400, "InvalidParameter", "The provided vmName 'a/b' is invalid.", () -> power.start(id, "a/b"));
        String othersVm = ClusterActionsFixture.infraId("other") + "-master-0";
        assertCloudError(404, "NotFound", "The VirtualMachine '" + othersVm + "' under resource group 'rg' was not found.",
                () -> power.stop(id, othersVm, true));
        assertEquals("running", f.resources.get("/subscriptions/" + ClusterActionsFixture.SUBSCRIPTION
                + "/resourceGroups/aro-other/providers/Microsoft.Compute/virtualMachines/" + othersVm).orElseThrow()
                .properties().path("powerState").asText(), "the other cluster's VM was not touched");
        String missing = id.replace("/vms", "/nope");
        assertCloudError(404, "ResourceNotFound",
                "The Resource 'openShiftClusters/nope' under resource group 'rg' was not found.",
                () -> power.redeploy(missing, ClusterActionsFixture.infraId("vms") + "-master-0"));
    }

    @Test
    void onlyMastersAreResizedAndOnlyToMasterSizes() {
        AdminResizeVm resize = new AdminResizeVm(f.admin, f.compute);
        String master = ClusterActionsFixture.infraId("vms") + "-master-1";
        assertCloudError(400, "InvalidParameter", "The provided vmSize 'Standard_D4s_v3' is unsupported for master.",
                () -> resize.run(id, master, "Standard_D4s_v3"));
        String worker = ClusterActionsFixture.infraId("vms") + "-worker-eastus2-1";
        assertCloudError(403, "Forbidden", "\"The vmName '" + worker + "' provided cannot be resized. It is either not"
                + " a master node or not adhering to the standard naming convention.\"",
                () -> resize.run(id, worker, "Standard_D16s_v3"));
        assertCloudError(404, "NotFound", "\"The VirtualMachine 'vms-x7k2p-master-7' under resource group 'rg' was not "
                + "found.\"", () -> resize.run(id, "vms-x7k2p-master-7", "Standard_D16s_v3"));
        resize.run(id, master, "standard_d16s_v3");
        assertEquals("standard_d16s_v3", vmProperties(master).path("hardwareProfile").path("vmSize").asText());
    }

    @Test
    @SuppressWarnings("unchecked")
    void skusListTheSupportedSizesWithCapabilitiesAndRestrictions() {
        List<Map<String, Object>> skus = (List<Map<String, Object>>) new AdminListSkus(f.admin, f.compute,
                new RpRegion("eastus")).run(id).body();
        Map<String, Object> d8 = skus.stream().filter(s -> s.get("name").equals("Standard_D8s_v3")).findFirst()
                .orElseThrow();
        assertTrue(d8.get("capabilities").toString().contains("{name=vCPUs, value=8}"), d8.toString());
        assertEquals(List.of(), d8.get("restrictions"));
        Map<String, Object> m = skus.stream().filter(s -> s.get("name").equals("Standard_M128ms")).findFirst()
                .orElseThrow();
        assertTrue(m.get("restrictions").toString().contains("NotAvailableForSubscription"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void effectiveRoutesShowTheVnetTheInternetAndAUserRouteThatOverridesIt() {
        AdminEffectiveRouteTable routes = new AdminEffectiveRouteTable(f.admin, f.networks);
        String nic = ClusterActionsFixture.infraId("vms") + "-master-0-nic";
        List<Map<String, Object>> before = (List<Map<String, Object>>) ((Map<String, Object>) routes.run(id, nic)
                .body()).get("value");
        assertEquals(List.of("10.0.0.0/16"), before.get(0).get("addressPrefix"));
        assertEquals("VnetLocal", before.get(0).get("nextHopType"));
        assertEquals("Active", before.get(1).get("state"));

        String table = "/subscriptions/" + ClusterActionsFixture.SUBSCRIPTION
                + "/resourceGroups/vnet-rg/providers/Microsoft.Network/routeTables/udr";
        ObjectNode properties = JsonNodeFactory.instance.objectNode();
        properties.putArray("routes").addObject().put("name", "blackhole").putObject("properties")
                .put("addressPrefix", "0.0.0.0/0").put("nextHopType", "VirtualAppliance")
                .put("nextHopIpAddress", "10.0.9.4");
        f.cloud.create(CloudResource.of(table, "Microsoft.Network/routeTables", "eastus", properties));
        f.networks.subnet(ClusterActionsFixture.VNET + "/subnets/master"); // assumed into existence, like the install did
        CloudResource subnet = f.resources.get(ClusterActionsFixture.VNET + "/subnets/master").orElseThrow();
        subnet.properties().putObject("routeTable").put("id", table);
        f.cloud.create(subnet);
        List<Map<String, Object>> after = (List<Map<String, Object>>) ((Map<String, Object>) routes.run(id, nic)
                .body()).get("value");
        assertEquals("Invalid", after.get(1).get("state"), after.toString());
        assertEquals("User", after.get(2).get("source"));
        assertEquals(List.of("10.0.9.4"), after.get(2).get("nextHopIpAddress"));
        subnet.properties().remove("routeTable");
        f.cloud.create(subnet);

        CloudException missing = assertThrows(CloudException.class, () -> routes.run(id, " "));
        assertEquals("nic", missing.target());
        assertEquals("Network interface name is required", missing.getMessage());
    }

    @Test
    void onlyAFailedNicIsReconciled() {
        AdminReconcileFailedNic reconcile = new AdminReconcileFailedNic(f.admin, f.resources, f.networks);
        String nicName = ClusterActionsFixture.infraId("vms") + "-worker-eastus3-2-nic";
        assertCloudError(500, "InternalServerError", "Internal server error.", () -> reconcile.run(id, nicName));
        CloudResource nic = f.resources.get(group + "/providers/Microsoft.Network/networkInterfaces/" + nicName)
                .orElseThrow();
        nic.properties().put("provisioningState", "Failed");
        f.cloud.create(nic);
        reconcile.run(id, nicName);
        assertEquals("Succeeded", f.resources.get(nic.id()).orElseThrow().properties().path("provisioningState")
                .asText());
        assertCloudError(400, "InvalidParameter", "The provided nicName '-bad' is invalid.",
                () -> reconcile.run(id, "-bad"));
    }

    @Test
    void managedResourcesAreDeletedOnlyInsideTheGroupAndNeverThePrivateLinkService() {
        AdminDeleteManagedResource delete = new AdminDeleteManagedResource(f.admin, f.resources);
        String disk = group + "/providers/Microsoft.Compute/disks/" + ClusterActionsFixture.infraId("vms") + "-bootstrap_OSDisk";
        delete.run(id, disk);
        assertTrue(f.resources.get(disk).isEmpty());
        assertCloudError(404, "NotFound", "The resource '" + disk + "' could not be found.", () -> delete.run(id, disk));
        String pls = group + "/providers/Microsoft.Network/privateLinkServices/vms-pls";
        assertCloudError(400, "InvalidParameter", "deletion of resource " + pls + " is forbidden",
                () -> delete.run(id, pls));
        String foreign = "/subscriptions/" + ClusterActionsFixture.SUBSCRIPTION + "/resourceGroups/aro-other/providers/"
                + "Microsoft.Compute/disks/x";
        assertCloudError(400, "InvalidParameter", "The resource " + foreign + " is not within the cluster's managed "
                + "resource group " + group + ".", () -> delete.run(id, foreign));
        assertCloudError(400, "InvalidParameter", "The resource " + group + " is not within the cluster's managed "
                + "resource group " + group + ".", () -> delete.run(id, group));
    }

    @Test
    @SuppressWarnings("unchecked")
    void theResourceListHasEveryVmNicAndDiskOfTheGroup() {
        List<Map<String, Object>> all = (List<Map<String, Object>>) new AdminListResources(f.admin, f.resources)
                .run(id).body();
        long vms = all.stream().filter(r -> r.get("type").equals("Microsoft.Compute/virtualMachines")).count();
        assertEquals(7, vms, "3 masters, the bootstrap VM and 3 workers");
        assertFalse(all.stream().anyMatch(r -> r.get("id").toString().contains("aro-other")));
    }

    private static JsonNode vmProperties(String vm) {
        return f.resources.get(group + "/providers/Microsoft.Compute/virtualMachines/" + vm).orElseThrow().properties();
    }

    static void assertCloudError(int status, String code, String message, Executable call) {
        CloudException e = assertThrows(CloudException.class, call);
        assertEquals(status, e.status(), e.getMessage());
        assertEquals(code, e.code(), e.getMessage());
        assertEquals(message, e.getMessage());
    }
}
