package io.arorp.backend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.arorp.api.MaintenanceTask;
import io.arorp.api.ProvisioningState;
import io.arorp.api.SoftwareDefinedNetwork;
import io.arorp.env.cloud.CloudResource;
import io.arorp.env.sim.cloud.SimDeployments;
import io.arorp.env.sim.cloud.SimResources;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Network fixes of update and admin update: the document follows the cluster's network plug-in, and fixSSH gives
 * back the internal load balancer's SSH pools, rules and probe and puts each master's NIC into its pool; a second run
 * writes nothing.
 */
class NetworkFixesTest {
    @Test
    void theDocumentFollowsTheNetworkPluginAndSshToEachMasterIsRestored(@TempDir Path dir) throws Exception {
        try (BackendFixture f = new BackendFixture(dir)) {
            String key = f.installed("netfix");
            f.clusters("frontend").patch(key, d -> d.getOpenShiftCluster().getProperties().getNetworkProfile()
                    .setSoftwareDefinedNetwork(SoftwareDefinedNetwork.OPEN_SHIFT_SDN));
            f.run(key, () -> f.enqueue(key, ProvisioningState.UPDATING));
            assertEquals(SoftwareDefinedNetwork.OVN_KUBERNETES, f.clusters("r").get(key).orElseThrow()
                    .getOpenShiftCluster().getProperties().getNetworkProfile().getSoftwareDefinedNetwork());

            var doc = f.clusters("r").get(key).orElseThrow();
            String rg = doc.getOpenShiftCluster().getProperties().getClusterProfile().getResourceGroupId();
            String infra = doc.getOpenShiftCluster().getProperties().getInfraId();
            String lbId = rg + "/providers/Microsoft.Network/loadBalancers/" + infra + "-internal";
            SimResources resources = new SimResources(f.cloud);
            CloudResource lb = resources.get(lbId).orElseThrow();
            ObjectNode broken = lb.properties().deepCopy();
            removeNamed((ArrayNode) broken.get("loadBalancingRules"), "ssh-1");
            removeNamed((ArrayNode) broken.get("backendAddressPools"), "ssh-1");
            removeNamed((ArrayNode) broken.get("probes"), "ssh");
            new SimDeployments(f.cloud).deploy(rg, "break", List.of(new CloudResource(lb.id(), lb.type(),
                    lb.location(), lb.managedBy(), lb.tags(), broken, lb.sku(), lb.kind())));

            f.run(key, () -> f.enqueueAdminUpdate(key, MaintenanceTask.MIGRATE_LOAD_BALANCER));
            JsonNode fixed = resources.get(lbId).orElseThrow().properties();
            assertTrue(named(fixed.get("loadBalancingRules"), "ssh-1"));
            assertEquals(2201, ruleNamed(fixed, "ssh-1").path("properties").path("frontendPort").asInt());
            assertTrue(named(fixed.get("backendAddressPools"), "ssh-1"));
            assertTrue(named(fixed.get("probes"), "ssh"));
            for (int i = 0; i < 3; i++) {
                JsonNode pools = resources.get(rg + "/providers/Microsoft.Network/networkInterfaces/" + infra
                        + "-master-" + i + "-nic").orElseThrow().properties().path("ipConfigurations").get(0)
                        .path("properties").path("loadBalancerBackendAddressPools");
                assertEquals(lbId + "/backendAddressPools/ssh-" + i, pools.get(0).path("id").asText());
                assertEquals(1, pools.size());
            }

            String deployment = rg + "/providers/Microsoft.Resources/deployments/fixssh";
            assertTrue(resources.get(deployment).isPresent());
            resources.delete(deployment);
            f.run(key, () -> f.enqueueAdminUpdate(key, MaintenanceTask.MIGRATE_LOAD_BALANCER));
            f.run(key, () -> f.enqueueAdminUpdate(key, MaintenanceTask.EVERYTHING));
            assertTrue(f.steps.contains("a adminUpdate fixSSH"), f.steps.toString());
            assertFalse(resources.get(deployment).isPresent(), "nothing to fix: nothing deployed");
            assertEquals(fixed, resources.get(lbId).orElseThrow().properties());
        }
    }

    private static void removeNamed(ArrayNode items, String name) {
        for (int i = items.size() - 1; i >= 0; i--) {
            if (items.get(i).path("name").asText().equals(name)) {
                items.remove(i);
            }
        }
    }

    private static boolean named(JsonNode items, String name) {
        for (JsonNode item : items) {
            if (item.path("name").asText().equals(name)) {
                return true;
            }
        }
        return false;
    }

    private static JsonNode ruleNamed(JsonNode lb, String name) {
        for (JsonNode rule : lb.get("loadBalancingRules")) {
            if (rule.path("name").asText().equals(name)) {
                return rule;
            }
        }
        throw new AssertionError(name);
    }
}
