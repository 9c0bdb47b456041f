package io.arorp.backend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.arorp.api.CloudException;
import io.arorp.api.MaintenanceTask;
import io.arorp.api.OpenShiftClusterProperties;
import io.arorp.env.cloud.CloudResource;
import io.arorp.env.sim.cloud.SimDeployments;
import io.arorp.env.sim.cloud.SimResources;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The MigrateLoadBalancer task moves the internal load balancer's frontend into the control plane's zones without
 * changing its address, keeping the private link service on a frontend throughout (the simulated cloud refuses
 * anything else), and fixSSH restores the SSH rules the migration drops. A run interrupted half-way is finished by
 * the next one; a migrated cluster gets no deployment.
 */
class LoadBalancerZonesTest {
    @Test
    void theInternalFrontendMovesIntoZonesAndKeepsItsAddress(@TempDir Path dir) throws Exception {
        try (BackendFixture f = new BackendFixture(dir)) {
            String key = f.installed("lbzones");
            OpenShiftClusterProperties p = f.clusters("r").get(key).orElseThrow().getOpenShiftCluster().getProperties();
            String rg = p.getClusterProfile().getResourceGroupId();
            String lbId = rg + "/providers/Microsoft.Network/loadBalancers/" + p.getInfraId() + "-internal";
            String plsId = rg + "/providers/Microsoft.Network/privateLinkServices/" + p.getInfraId() + "-pls";
            SimResources resources = new SimResources(f.cloud);
            SimDeployments deployments = new SimDeployments(f.cloud);
            JsonNode before = frontend(resources.get(lbId).orElseThrow().properties(), "internal-lb-ip-v4");
            assertTrue(before.path("zones").isMissingNode());
            CloudResource inPlace = copy(resources.get(lbId).orElseThrow());
            ((ObjectNode) frontend(inPlace.properties(), "internal-lb-ip-v4")).putArray("zones").add("1");
            assertThrows(CloudException.class, () -> deployments.deploy(rg, "x", List.of(inPlace)),
                    "Azure cannot add zones to a frontend");

            f.run(key, () -> f.enqueueAdminUpdate(key, MaintenanceTask.MIGRATE_LOAD_BALANCER));
            JsonNode lb = resources.get(lbId).orElseThrow().properties();
            assertEquals(List.of("internal-lb-ip-v4"), names(lb.get("frontendIPConfigurations")));
            JsonNode after = frontend(lb, "internal-lb-ip-v4");
            assertEquals(List.of("1", "2", "3"), texts(after.get("zones")));
            assertEquals(before.path("properties").path("privateIPAddress"), after.path("properties")
                    .path("privateIPAddress"));
            assertEquals("Static", after.path("properties").path("privateIPAllocationMethod").asText());
            assertEquals(List.of("api-internal-v4", "sint-v4", "ssh-0", "ssh-1", "ssh-2"),
                    names(lb.get("loadBalancingRules")).stream().sorted().toList());
            assertEquals(lbId + "/frontendIPConfigurations/internal-lb-ip-v4", resources.get(plsId).orElseThrow()
                    .properties().path("loadBalancerFrontendIpConfigurations").get(0).path("id").asText());
            assertEquals(List.of("1", "2", "3"), f.clusters("r").get(key).orElseThrow().getOpenShiftCluster()
                    .getProperties().getZones());

            // as a crash between the new frontend and the private link service's return would leave it
            CloudResource halfway = copy(resources.get(lbId).orElseThrow());
            ObjectNode temporary = halfway.properties().withArray("frontendIPConfigurations").addObject()
                    .put("name", "123-ip");
            temporary.putObject("properties").put("privateIPAllocationMethod", "Dynamic");
            temporary.putArray("zones").add("1").add("2").add("3");
            deployments.deploy(rg, "x", List.of(halfway));
            CloudResource pls = copy(resources.get(plsId).orElseThrow());
            pls.properties().putArray("loadBalancerFrontendIpConfigurations").addObject()
                    .put("id", lbId + "/frontendIPConfigurations/123-ip");
            deployments.deploy(rg, "x", List.of(pls));
            f.run(key, () -> f.enqueueAdminUpdate(key, MaintenanceTask.MIGRATE_LOAD_BALANCER));
            assertEquals(lb, resources.get(lbId).orElseThrow().properties(), "the temporary frontend is gone");
            assertEquals(lbId + "/frontendIPConfigurations/internal-lb-ip-v4", resources.get(plsId).orElseThrow()
                    .properties().path("loadBalancerFrontendIpConfigurations").get(0).path("id").asText());

            String deployment = rg + "/providers/Microsoft.Resources/deployments/internallbzones";
            resources.delete(deployment);
            f.run(key, () -> f.enqueueAdminUpdate(key, MaintenanceTask.MIGRATE_LOAD_BALANCER));
            assertFalse(resources.get(deployment).isPresent(), "migrated already: nothing deployed");
        }
    }

    private static CloudResource copy(CloudResource r) {
        return new CloudResource(r.id(), r.type(), r.location(), r.managedBy(), r.tags(), r.properties().deepCopy(),
                r.sku(), r.kind());
    }

    private static JsonNode frontend(JsonNode lb, String name) {
        for (JsonNode f : lb.path("frontendIPConfigurations")) {
            if (f.path("name").asText().equals(name)) {
                return f;
            }
        }
        throw new AssertionError(name);
    }

    private static List<String> names(JsonNode items) {
        List<String> out = new ArrayList<>();
        items.forEach(i -> out.add(i.path("name").asText()));
        return out;
    }

    private static List<String> texts(JsonNode items) {
        List<String> out = new ArrayList<>();
        items.forEach(i -> out.add(i.asText()));
        return out;
    }
}
