package io.arorp.frontend.admin;

import static io.arorp.frontend.admin.AdminVmActionsTest.assertCloudError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.arorp.api.CloudException;
import io.arorp.env.sim.cloud.Fault;
import io.kubernetes.client.openapi.ApiClient;
import io.kubernetes.client.openapi.apis.CoreV1Api;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Resizing every master of a simulated cluster, and the rollback when Azure refuses one of them. */
class AdminResizeControlPlaneTest {
    @TempDir
    static Path dir;
    private static ClusterActionsFixture f;
    private static String id;
    private static ApiClient kube;
    private static AdminResizeControlPlane resize;

    @BeforeAll
    static void install() throws Exception {
        f = new ClusterActionsFixture(dir);
        id = f.cluster("cp");
        kube = f.admin.kube(f.admin.document(id));
        resize = new AdminResizeControlPlane(f.admin, f.compute, new AdminPreResizeValidation(f.admin, f.compute,
                f.resources), Clock.systemUTC());
    }

    @AfterAll
    static void close() {
        f.close();
    }

    @Test
    void everyMasterIsResizedAndRecordedThenAFailureRollsAllBack() throws Exception {
        assertCloudError(400, "InvalidParameter", "The provided deallocateVM value 'maybe' is invalid. Allowed values "
                + "are 'true' or 'false'.", () -> resize.run(id, "Standard_E8s_v3", "maybe"));

        resize.run(id, "Standard_E8s_v3", null);
        for (int i = 0; i < 3; i++) {
            assertMaster(i, "Standard_E8s_v3");
        }
        assertEquals(200, new AdminControlPlaneStatus(f.admin, f.resources).run(id).status());

        String master0 = ClusterActionsFixture.infraId("cp") + "-master-0";
        f.cloud.calls().inject(Fault.error("compute.resize", master0, 409, "OperationNotAllowed",
                "Allocation failed."));
        CloudException failed = assertThrows(CloudException.class,
                () -> resize.run(id, "Standard_D16s_v3", "false"));
        assertEquals("OperationNotAllowed", failed.code());
        assertEquals("failed to resize node " + master0 + ": Allocation failed. (rollback of 3 node(s) succeeded)",
                failed.getMessage());
        for (int i = 0; i < 3; i++) {
            assertMaster(i, "Standard_E8s_v3");
        }
        assertEquals(200, new AdminControlPlaneStatus(f.admin, f.resources).run(id).status());
    }

    private static void assertMaster(int index, String size) throws Exception {
        String name = ClusterActionsFixture.infraId("cp") + "-master-" + index;
        var vm = f.resources.get("/subscriptions/" + ClusterActionsFixture.SUBSCRIPTION + "/resourceGroups/aro-cp/"
                + "providers/Microsoft.Compute/virtualMachines/" + name).orElseThrow().properties();
        assertEquals(size, vm.path("hardwareProfile").path("vmSize").asText(), name);
        assertEquals("running", vm.path("powerState").asText(), name);
        var node = new CoreV1Api(kube).readNode(name).execute();
        assertEquals(size, node.getMetadata().getLabels().get("node.kubernetes.io/instance-type"), name);
        assertTrue(node.getSpec().getUnschedulable() == null || !node.getSpec().getUnschedulable(), name);
    }
}
