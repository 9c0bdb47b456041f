package io.arorp.backend;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.arorp.api.CloudErrorBody;
import io.arorp.api.PreconfiguredNsg;
import io.arorp.api.ProvisioningState;
import io.arorp.database.AsyncOperations;
import io.arorp.database.OpenShiftClusterDocument;
import io.arorp.env.cloud.CloudResource;
import io.arorp.env.sim.cloud.SimAuthorization;
import io.arorp.env.sim.cloud.SimServicePrincipals;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * validateResources looks past the subnets at what is attached to them, in a real create or update through the
 * backend over the simulated cloud: route tables and NAT gateways must exist and be manageable, a preconfigured NSG
 * must be there, a subnet must be provisioned, and an update finds the cluster's own NSG still attached.
 */
class LinkedResourceValidationTest {
    static final Duration LONG = Duration.ofSeconds(60);
    static final String NETWORK = "/subscriptions/" + BackendFixture.SUBSCRIPTION
            + "/resourceGroups/vnet-rg/providers/Microsoft.Network/";
    static final String SUBNET_TYPE = "Microsoft.Network/virtualNetworks/subnets";

    @Test
    void aRouteTableThatDoesNotExistIsRefusedWithTheSubnetsPath(@TempDir Path dir) throws Exception {
        try (BackendFixture f = new BackendFixture(dir)) {
            OpenShiftClusterDocument doc = f.enqueueCreate("rt1");
            subnet(f, "rt1", "worker", "10.0.2.0/24", p -> p.putObject("routeTable").put("id", routeTable("rt1")));

            CloudErrorBody error = failedCreate(f, doc);

            assertEquals(new CloudErrorBody("InvalidLinkedRouteTable", "The route table '" + routeTable("rt1")
                    + "' could not be found.", "properties.workerProfiles[0].subnetId", null), error);
        }
    }

    @Test
    void aRouteTableTheClusterPrincipalMayNotManageIsRefused(@TempDir Path dir) throws Exception {
        try (BackendFixture f = new BackendFixture(dir)) {
            OpenShiftClusterDocument doc = f.enqueueCreate("rt2");
            f.cloud.create(CloudResource.of(routeTable("rt2"), "Microsoft.Network/routeTables", "eastus",
                    JsonNodeFactory.instance.objectNode()));
            subnet(f, "rt2", "master", "10.0.1.0/24", p -> p.putObject("routeTable").put("id", routeTable("rt2")));
            deny(f, routeTable("rt2"), SimServicePrincipals.objectIdOf(BackendFixture.TENANT, doc.getOpenShiftCluster()
                    .getProperties().getServicePrincipalProfile().getClientId()));

            CloudErrorBody error = failedCreate(f, doc);

            assertEquals("InvalidServicePrincipalPermissions", error.code());
            assertEquals("The cluster service principal does not have Network Contributor role on route table '"
                    + routeTable("rt2") + "'.", error.message());
        }
    }

    @Test
    void aNatGatewayBothPrincipalsMayManageAndAnExistingRouteTablePass(@TempDir Path dir) throws Exception {
        try (BackendFixture f = new BackendFixture(dir)) {
            OpenShiftClusterDocument doc = f.enqueueCreate("nat1");
            String nat = NETWORK + "natGateways/nat1";
            f.cloud.create(CloudResource.of(nat, "Microsoft.Network/natGateways", "eastus",
                    JsonNodeFactory.instance.objectNode()));
            f.cloud.create(CloudResource.of(routeTable("nat1"), "Microsoft.Network/routeTables", "eastus",
                    JsonNodeFactory.instance.objectNode()));
            subnet(f, "nat1", "worker", "10.0.2.0/24", p -> {
                p.putObject("natGateway").put("id", nat);
                p.putObject("routeTable").put("id", routeTable("nat1"));
            });

            f.dispatcher("rp", Duration.ofMillis(200), () -> false).wake();
            f.await(doc.getKey(), ProvisioningState.SUCCEEDED, LONG);

            deny(f, nat, "rp-principal"); // the RP's principal in BackendFixture
            CloudErrorBody error = failedUpdate(f, doc.getKey());
            assertEquals("InvalidResourceProviderPermissions", error.code());
            assertEquals("The resource provider service principal does not have Network Contributor role on nat "
                    + "gateway '" + nat + "'.", error.message());
        }
    }

    @Test
    void aSubnetStillBeingProvisionedIsRefused(@TempDir Path dir) throws Exception {
        try (BackendFixture f = new BackendFixture(dir)) {
            OpenShiftClusterDocument doc = f.enqueueCreate("prov1");
            subnet(f, "prov1", "master", "10.0.1.0/24", p -> p.put("provisioningState", "Updating"));

            CloudErrorBody error = failedCreate(f, doc);

            assertEquals(new CloudErrorBody("InvalidLinkedVNet", "The provided subnet '" + vnet("prov1")
                    + "/subnets/master' is not in a Succeeded state", "properties.masterProfile.subnetId", null), error);
        }
    }

    @Test
    void aPreconfiguredNsgMustBeAttachedBeforeTheInstall(@TempDir Path dir) throws Exception {
        try (BackendFixture f = new BackendFixture(dir)) {
            OpenShiftClusterDocument doc = f.enqueueCreate("nsg1");
            f.clusters("frontend").patch(doc.getKey(), d -> d.getOpenShiftCluster().getProperties().getNetworkProfile()
                    .setPreconfiguredNSG(PreconfiguredNsg.ENABLED));

            CloudErrorBody error = failedCreate(f, doc);

            assertEquals("InvalidLinkedVNet", error.code());
            assertEquals("properties.masterProfile.subnetId", error.target());
            assertEquals("When the enable-preconfigured-NSG option is specified, both the master and worker subnets "
                    + "should have network security groups (NSG) attached to them before starting the cluster "
                    + "installation.", error.message());
        }
    }

    @Test
    void anUpdateFindsTheClustersOwnNsgSwappedForAnother(@TempDir Path dir) throws Exception {
        try (BackendFixture f = new BackendFixture(dir)) {
            OpenShiftClusterDocument doc = f.enqueueCreate("swap1");
            f.dispatcher("rp", Duration.ofMillis(200), () -> false).wake();
            f.await(doc.getKey(), ProvisioningState.SUCCEEDED, LONG);
            String other = NETWORK + "networkSecurityGroups/customer-nsg";
            f.cloud.create(CloudResource.of(other, "Microsoft.Network/networkSecurityGroups", "eastus",
                    JsonNodeFactory.instance.objectNode()));
            CloudResource worker = f.cloud.all().stream()
                    .filter(r -> r.id().equalsIgnoreCase(vnet("swap1") + "/subnets/worker")).findFirst().orElseThrow();
            String ours = worker.properties().path("networkSecurityGroup").path("id").asText();
            ((ObjectNode) worker.properties()).putObject("networkSecurityGroup").put("id", other);
            f.cloud.create(worker);

            CloudErrorBody error = failedUpdate(f, doc.getKey());

            assertEquals(new CloudErrorBody("InvalidLinkedVNet", "The provided subnet '" + worker.id() + "' is "
                    + "invalid: must have network security group '" + ours + "' attached.",
                    "properties.workerProfiles[0].subnetId", null), error);
        }
    }

    private static CloudErrorBody failedCreate(BackendFixture f, OpenShiftClusterDocument doc) throws Exception {
        f.dispatcher("rp", Duration.ofMillis(200), () -> false).wake();
        f.await(doc.getKey(), ProvisioningState.FAILED, LONG);
        return operationError(f, doc.getAsyncOperationId());
    }

    /** Enqueues an update, wakes the backend, waits for it to fail and returns its operation's error. */
    private static CloudErrorBody failedUpdate(BackendFixture f, String key) throws Exception {
        f.enqueue(key, ProvisioningState.UPDATING);
        String operationId = f.clusters("r").get(key).orElseThrow().getAsyncOperationId();
        f.dispatchers.get(0).wake();
        f.await(key, ProvisioningState.FAILED, LONG);
        return operationError(f, operationId);
    }

    private static CloudErrorBody operationError(BackendFixture f, String operationId) {
        return new AsyncOperations(f.store, f.codec).get(operationId).orElseThrow().getAsyncOperation().getError();
    }

    private static void subnet(BackendFixture f, String cluster, String name, String prefix,
            java.util.function.Consumer<ObjectNode> shape) {
        ObjectNode p = JsonNodeFactory.instance.objectNode().put("addressPrefix", prefix)
                .put("privateLinkServiceNetworkPolicies", "Enabled");
        p.putArray("serviceEndpoints");
        shape.accept(p);
        f.cloud.create(CloudResource.of(vnet(cluster) + "/subnets/" + name, SUBNET_TYPE, "eastus", p));
    }

    private static void deny(BackendFixture f, String scope, String principalId) {
        f.cloud.create(CloudResource.of(scope + "/providers/Microsoft.Authorization/denyAssignments/d-"
                + principalId.substring(0, 6), SimAuthorization.DENY_TYPE, null, JsonNodeFactory.instance.objectNode()
                .put("scope", scope).put("principalId", principalId)));
    }

    private static String vnet(String cluster) {
        return NETWORK + "virtualNetworks/vnet-" + cluster;
    }

    private static String routeTable(String cluster) {
        return NETWORK + "routeTables/rt-" + cluster;
    }
}
