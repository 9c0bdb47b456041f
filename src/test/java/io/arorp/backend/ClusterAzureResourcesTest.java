package io.arorp.backend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.arorp.api.FeatureProfile;
import io.arorp.api.OpenShiftClusterProperties;
import io.arorp.api.ProvisioningState;
import io.arorp.api.RegistryProfile;
import io.arorp.database.Gateway;
import io.arorp.env.cloud.CloudResource;
import io.arorp.env.sim.cloud.SimAuthorization;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Azure resources a cluster gets beyond its managed resource group, through install, update and delete: the
 * RP's private endpoint into the cluster's private link service, the cluster's registry token, and the deny
 * assignment on the managed resource group — each made once, kept on update (token password rotated) and removed
 * with the cluster.
 */
class ClusterAzureResourcesTest {
    private static final Duration LONG = Duration.ofSeconds(60);
    private static final String RP_RG = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rp-eastus";

    @Test
    void aClusterGetsItsEndpointTokenAndDenyAssignmentAndLosesThemOnDelete(@TempDir Path dir) throws Exception {
        try (BackendFixture f = new BackendFixture(dir)) {
            Dispatcher d = f.dispatcher("a", Duration.ofMillis(200), () -> false);
            String first = f.enqueueCreate("first").getKey();
            d.wake();
            f.await(first, ProvisioningState.SUCCEEDED, LONG);
            String second = f.enqueueCreate("second").getKey();
            d.wake();
            f.await(second, ProvisioningState.SUCCEEDED, LONG);

            var doc = f.clusters("r").get(first).orElseThrow();
            OpenShiftClusterProperties p = doc.getOpenShiftCluster().getProperties();
            CloudResource endpoint = resource(f, RP_RG + "/providers/Microsoft.Network/privateEndpoints/rp-pe-"
                    + doc.getId()).orElseThrow();
            assertEquals("10.0.4.4", p.getNetworkProfile().getPrivateEndpointIp());
            assertEquals("10.0.4.4", endpoint.properties().path("privateIPAddress").asText());
            assertTrue(endpoint.properties().path("privateLinkServiceId").asText()
                    .endsWith("/privateLinkServices/" + p.getInfraId() + "-pls"));
            assertEquals("10.0.4.5", f.clusters("r").get(second).orElseThrow().getOpenShiftCluster().getProperties()
                    .getNetworkProfile().getPrivateEndpointIp(), "the next free address");

            RegistryProfile registry = p.getRegistryProfiles().get(0);
            assertEquals("arosvc.azurecr.io", registry.getName());
            assertTrue(registry.getUsername().startsWith("token-"), registry.getUsername());
            assertNotNull(registry.getPassword());
            assertNotNull(registry.getIssueDate());
            assertEquals(1, token(f, registry).orElseThrow().properties().path("passwordsIssued").asInt());

            String rg = p.getClusterProfile().getResourceGroupId();
            SimAuthorization authorization = new SimAuthorization(f.cloud);
            String write = "Microsoft.Compute/virtualMachines/write";
            String join = "Microsoft.Network/networkSecurityGroups/join/action";
            assertEquals(List.of(write), authorization.missingPermissions("someone-else", rg + "/providers/"
                    + "Microsoft.Compute/virtualMachines/m0", List.of(write, join, "Microsoft.Compute/virtualMachines/"
                            + "read")), "the deny assignment blocks writes, not reads or the excepted join");
            String objectId = p.getServicePrincipalProfile().getSpObjectId();
            assertNotNull(objectId, "clusterSPObjectID resolved the service principal's object id");
            assertEquals(List.of(), authorization.missingPermissions(objectId, rg, List.of(write)),
                    "the cluster's own principal (by object id, as Azure names principals) is excluded");
            assertTrue(f.steps.indexOf("a install ensureACRToken") < f.steps.indexOf("a install ensureInfraID"));
            assertTrue(f.steps.indexOf("a install createOrUpdateRouterIPEarly")
                    < f.steps.indexOf("a install createAPIServerPrivateEndpoint"));

            f.enqueue(first, ProvisioningState.UPDATING);
            d.wake();
            f.await(first, ProvisioningState.SUCCEEDED, LONG);
            RegistryProfile rotated = f.clusters("r").get(first).orElseThrow().getOpenShiftCluster().getProperties()
                    .getRegistryProfiles().get(0);
            assertEquals(registry.getUsername(), rotated.getUsername());
            assertNotEquals(registry.getPassword(), rotated.getPassword(), "update rotates the token's password");
            assertEquals(2, token(f, registry).orElseThrow().properties().path("passwordsIssued").asInt());
            assertTrue(f.steps.contains("a update createOrUpdateDenyAssignment"), f.steps.toString());

            f.enqueue(first, ProvisioningState.DELETING);
            d.wake();
            BackendFixture.awaitTrue(() -> f.clusters("r").get(first).isEmpty());
            assertTrue(resource(f, endpoint.id()).isEmpty(), "private endpoint deleted");
            assertTrue(token(f, registry).isEmpty(), "token deleted");
            assertTrue(f.cloud.all().stream().noneMatch(r -> r.id().toLowerCase().startsWith(rg.toLowerCase() + "/")),
                    "nothing left in the managed resource group, deny assignment included");
            assertEquals(1, f.cloud.all().stream().filter(r -> r.type().equals(
                    "Microsoft.Authorization/denyAssignments")).count(), "the other cluster keeps its own");
        }
    }

    @Test
    void aGatewayClusterGetsItsGatewayDocumentAndLosesItOnDelete(@TempDir Path dir) throws Exception {
        try (BackendFixture f = new BackendFixture(dir)) {
            Dispatcher d = f.dispatcher("a", Duration.ofMillis(200), () -> false);
            String plain = f.enqueueCreate("plain").getKey();
            String key = f.enqueueCreate("gw").getKey();
            f.clusters("frontend").patch(key, doc -> {
                FeatureProfile features = new FeatureProfile();
                features.setGatewayEnabled(true);
                doc.getOpenShiftCluster().getProperties().setFeatureProfile(features);
            });
            d.wake();
            f.await(plain, ProvisioningState.SUCCEEDED, LONG);
            f.await(key, ProvisioningState.SUCCEEDED, LONG);

            var network = f.clusters("r").get(key).orElseThrow().getOpenShiftCluster().getProperties()
                    .getNetworkProfile();
            String master = f.clusters("r").get(key).orElseThrow().getOpenShiftCluster().getProperties()
                    .getMasterProfile().getSubnetId();
            String prefix = resource(f, master).orElseThrow().properties().path("addressPrefix").asText();
            assertTrue(network.getGatewayPrivateEndpointIp().startsWith(prefix.substring(0, prefix.lastIndexOf('.'))),
                    network.getGatewayPrivateEndpointIp() + " in " + prefix);
            Gateway gateway = new Gateway(f.store, f.codec);
            var doc = gateway.get(network.getGatewayPrivateLinkId()).orElseThrow();
            assertEquals(key, doc.getGateway().path("id").asText());
            assertEquals(1, gateway.listAll().size(), "only the gateway cluster has a document");
            assertEquals(1, f.cloud.all().stream().filter(r -> r.id().endsWith("-pe")).count(),
                    "only the gateway cluster has an endpoint towards the gateway");
            assertTrue(f.steps.indexOf("a install ensureGatewayCreate")
                    < f.steps.indexOf("a install createAPIServerPrivateEndpoint"));

            f.enqueue(key, ProvisioningState.DELETING);
            d.wake();
            BackendFixture.awaitTrue(() -> f.clusters("r").get(key).isEmpty());
            assertTrue(gateway.listAll().isEmpty(), "the gateway document is deleted with the cluster");
        }
    }

    private static Optional<CloudResource> resource(BackendFixture f, String id) {
        return f.cloud.all().stream().filter(r -> r.id().equalsIgnoreCase(id)).findFirst();
    }

    private static Optional<CloudResource> token(BackendFixture f, RegistryProfile registry) {
        return resource(f, RP_RG + "/providers/Microsoft.ContainerRegistry/registries/arosvc/tokens/"
                + registry.getUsername());
    }
}
