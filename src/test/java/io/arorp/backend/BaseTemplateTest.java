package io.arorp.backend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.arorp.api.ProvisioningState;
import io.arorp.env.cloud.CloudResource;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * deployBaseResourceTemplate deploys the resources in the shape ARM takes them, as a create through the backend
 * leaves them in the simulated cloud: SKUs and kinds, storage that admits only the cluster's subnets, load balancer
 * rules that name their frontends, pools and probes, and a private link service only the RP's subscription sees.
 */
class BaseTemplateTest {
    @Test
    void theBaseTemplatesResourcesCarryWhatArmNeeds(@TempDir Path dir) throws Exception {
        try (BackendFixture f = new BackendFixture(dir)) {
            String key = f.enqueueCreate("tpl").getKey();
            f.dispatcher("a", Duration.ofMillis(200), () -> false).wake();
            f.await(key, ProvisioningState.SUCCEEDED, Duration.ofSeconds(60));
            String infraId = f.clusters("r").get(key).orElseThrow().getOpenShiftCluster().getProperties().getInfraId();
            String network = "/subscriptions/" + BackendFixture.SUBSCRIPTION + "/resourcegroups/aro-tpl/providers/"
                    + "Microsoft.Network/";
            String vnet = "/subscriptions/" + BackendFixture.SUBSCRIPTION + "/resourceGroups/vnet-rg/providers/"
                    + "Microsoft.Network/virtualNetworks/vnet-tpl/subnets/";

            CloudResource storage = byType(f, "Microsoft.Storage/storageAccounts").get(0);
            assertEquals("Standard_LRS", storage.sku());
            assertEquals("StorageV2", storage.kind());
            assertEquals("Deny", storage.properties().path("networkAcls").path("defaultAction").asText());
            assertEquals(List.of(vnet + "master", vnet + "worker"), texts(storage.properties()
                    .path("networkAcls").path("virtualNetworkRules"), "id"));
            assertEquals(3, byType(f, "Microsoft.Storage/storageAccounts/blobServices/containers").size());

            CloudResource internal = named(f, network + "loadBalancers/" + infraId + "-internal");
            assertEquals("Standard", internal.sku());
            assertEquals(List.of("api-internal-v4", "sint-v4", "ssh-0", "ssh-1", "ssh-2"),
                    texts(internal.properties().path("loadBalancingRules"), "name"));
            assertEquals(vnet + "master", internal.properties().path("frontendIPConfigurations").get(0)
                    .path("properties").path("subnet").path("id").asText());

            CloudResource external = named(f, network + "loadBalancers/" + infraId);
            JsonNode outbound = external.properties().path("outboundRules").get(0);
            assertEquals("outbound-rule-v4", outbound.path("name").asText());
            assertTrue(outbound.path("properties").path("frontendIPConfigurations").get(0).path("id").asText()
                    .endsWith("/frontendIPConfigurations/public-lb-ip-v4"));
            assertTrue(external.properties().path("frontendIPConfigurations").get(0).path("properties")
                    .path("publicIPAddress").path("id").asText().endsWith("/" + infraId + "-pip-v4"));

            CloudResource pls = named(f, network + "privateLinkServices/" + infraId + "-pls");
            assertEquals("00000000-0000-0000-0000-000000000000", pls.properties().path("visibility")
                    .path("subscriptions").get(0).asText());
            assertEquals("Standard", named(f, network + "publicIPAddresses/" + infraId + "-pip-v4").sku());
            assertEquals("apiserver_in", named(f, network + "networkSecurityGroups/" + infraId + "-nsg").properties()
                    .path("securityRules").get(0).path("name").asText());
        }
    }

    private static List<CloudResource> byType(BackendFixture f, String type) {
        return f.cloud.all().stream().filter(r -> r.type().equals(type)).toList();
    }

    private static CloudResource named(BackendFixture f, String id) {
        return f.cloud.all().stream().filter(r -> r.id().equalsIgnoreCase(id)).findFirst()
                .orElseThrow(() -> new AssertionError(id + " was not deployed"));
    }

    private static List<String> texts(JsonNode array, String field) {
        List<String> values = new ArrayList<>();
        array.forEach(n -> values.add(n.path(field).asText()));
        return values;
    }
}
