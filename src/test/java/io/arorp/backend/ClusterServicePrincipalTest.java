package io.arorp.backend;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.arorp.api.CloudErrorBody;
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
 * clusterSPObjectID in a real create: the backend resolves the cluster service principal's object id in the
 * customer's tenant, stores it, checks the VNet permissions of that object id (not of the client id) and makes it
 * Contributor on the cluster resource group.
 */
class ClusterServicePrincipalTest {
    static final Duration LONG = Duration.ofSeconds(60);

    @Test
    void aCreateStoresTheObjectIdOfTheClusterServicePrincipal(@TempDir Path dir) throws Exception {
        try (BackendFixture f = new BackendFixture(dir)) {
            OpenShiftClusterDocument doc = f.enqueueCreate("sp1");
            String clientId = doc.getOpenShiftCluster().getProperties().getServicePrincipalProfile().getClientId();

            f.dispatcher("rp", Duration.ofMillis(200), () -> false).wake();
            f.await(doc.getKey(), ProvisioningState.SUCCEEDED, LONG);

            assertEquals(SimServicePrincipals.objectIdOf(BackendFixture.TENANT, clientId), f.clusters("r")
                    .get(doc.getKey()).orElseThrow().getOpenShiftCluster().getProperties()
                    .getServicePrincipalProfile().getSpObjectId());
            assertEquals(1, f.cloud.calls().count("servicePrincipals.objectId"));
            String objectId = SimServicePrincipals.objectIdOf(BackendFixture.TENANT, clientId);
            String rg = "/subscriptions/" + BackendFixture.SUBSCRIPTION + "/resourcegroups/aro-sp1";
            assertEquals(1, f.cloud.all().stream().filter(r -> r.type().equals("Microsoft.Authorization/roleAssignments")
                    && objectId.equals(r.properties().path("principalId").asText())
                    && rg.equalsIgnoreCase(r.properties().path("scope").asText())
                    && r.properties().path("roleDefinitionId").asText().endsWith("b24988ac-6180-42a0-ab88-20f7382dd24c"))
                    .count(), "the cluster SP is Contributor on its resource group, by object id");
        }
    }

    @Test
    void theVnetPermissionsOfTheObjectIdAreChecked(@TempDir Path dir) throws Exception {
        try (BackendFixture f = new BackendFixture(dir)) {
            OpenShiftClusterDocument doc = f.enqueueCreate("sp2");
            String clientId = doc.getOpenShiftCluster().getProperties().getServicePrincipalProfile().getClientId();
            String vnet = "/subscriptions/" + BackendFixture.SUBSCRIPTION + "/resourceGroups/vnet-rg/providers/"
                    + "Microsoft.Network/virtualNetworks/vnet-sp2";
            f.cloud.create(CloudResource.of(vnet + "/providers/Microsoft.Authorization/denyAssignments/d1",
                    SimAuthorization.DENY_TYPE, null, JsonNodeFactory.instance.objectNode().put("scope", vnet)
                            .put("principalId", SimServicePrincipals.objectIdOf(BackendFixture.TENANT, clientId))));

            f.dispatcher("rp", Duration.ofMillis(200), () -> false).wake();
            f.await(doc.getKey(), ProvisioningState.FAILED, LONG);

            CloudErrorBody error = new AsyncOperations(f.store, f.codec).get(doc.getAsyncOperationId()).orElseThrow()
                    .getAsyncOperation().getError();
            assertEquals("InvalidServicePrincipalPermissions", error.code());
        }
    }
}
