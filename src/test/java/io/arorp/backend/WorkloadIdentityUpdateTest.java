package io.arorp.backend;

import static io.arorp.backend.WorkloadIdentityClusters.platformIdentity;
import static io.arorp.backend.WorkloadIdentityClusters.roleGuid;
import static io.arorp.backend.WorkloadIdentityClusters.serviceAccount;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.arorp.api.CloudErrorBody;
import io.arorp.api.MaintenanceTask;
import io.arorp.api.PlatformWorkloadIdentity;
import io.arorp.api.ProvisioningState;
import io.arorp.database.AsyncOperations;
import io.arorp.env.cloud.Authorization.RoleAssignment;
import io.arorp.env.cloud.FederatedCredentials.FederatedCredential;
import io.arorp.env.sim.cloud.SimAuthorization;
import io.arorp.env.sim.cloud.SimFederatedCredentials;
import io.arorp.env.sim.cloud.SimManagedIdentities;
import io.kubernetes.client.openapi.apis.CustomObjectsApi;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A workload-identity cluster's update through the backend: each platform identity holds its role on the managed
 * resource group (install and update), anyone else's assignment of those roles goes; a swapped identity loses the
 * RP's credentials and role; upgradeableTo reaches the CloudCredential; a renewal renews the cluster identity's
 * certificate when due; an identity that trusts another issuer fails the update with the original's error.
 */
class WorkloadIdentityUpdateTest {
    @Test
    @SuppressWarnings("unchecked")
    void anUpdateKeepsThePlatformIdentitiesRolesAndCredentialsToTheIdentitiesOfTheDocument(@TempDir Path dir)
            throws Exception {
        try (BackendFixture f = new BackendFixture(dir)) {
            WorkloadIdentityClusters.seedRoleSet(f);
            WorkloadIdentityClusters.seedRoleSet(f, "4.16", WorkloadIdentityClusters.OPERATORS);
            String key = f.enqueueCreate("wi", WorkloadIdentityClusters.shape("wi")).getKey();
            Dispatcher dispatcher = f.dispatcher("a", Duration.ofMillis(200), () -> false);
            dispatcher.wake();
            f.await(key, ProvisioningState.SUCCEEDED, Duration.ofSeconds(90));
            String rg = f.clusters("r").get(key).orElseThrow().getOpenShiftCluster().getProperties()
                    .getClusterProfile().getResourceGroupId();
            SimAuthorization rbac = new SimAuthorization(f.cloud);
            String ingress = platformIdentity("wi", "ingress");
            assertTrue(holds(rbac, rg, ingress, "ingress"), "install assigns the role: " + rbac.roleAssignmentsAt(rg));
            rbac.ensureRoleAssignment(rg, "principal-stale", "/subscriptions/" + BackendFixture.SUBSCRIPTION
                    + "/providers/Microsoft.Authorization/roleDefinitions/" + roleGuid("ingress"));
            String swapped = ingress + "-2";
            f.clusters("frontend").patch(key, d -> {
                var profile = d.getOpenShiftCluster().getProperties().getPlatformWorkloadIdentityProfile();
                profile.setUpgradeableTo("4.16.2");
                PlatformWorkloadIdentity pwi = new PlatformWorkloadIdentity();
                pwi.setResourceId(swapped);
                profile.getPlatformWorkloadIdentities().put("ingress", pwi);
            });

            f.run(key, () -> f.enqueue(key, ProvisioningState.UPDATING));

            SimFederatedCredentials credentials = new SimFederatedCredentials(f.cloud);
            assertEquals(List.of(), credentials.list(ingress), "the replaced identity no longer trusts the cluster");
            assertEquals(List.of(serviceAccount("ingress")), credentials.list(swapped).stream()
                    .map(FederatedCredential::subject).toList());
            assertTrue(holds(rbac, rg, swapped, "ingress") && !holds(rbac, rg, ingress, "ingress"));
            assertTrue(rbac.roleAssignmentsAt(rg).stream().noneMatch(a -> a.principalId().equals("principal-stale")));
            assertTrue(holds(rbac, rg, platformIdentity("wi", "cloud-controller-manager"), "cloud-controller-manager"));
            assertEquals(Map.of("cloud-controller-manager", platformIdentity("wi", "cloud-controller-manager"),
                    "ingress", swapped), f.clusters("r").get(key).orElseThrow().getFederatedIdentities());
            Map<String, Object> cco = (Map<String, Object>) new CustomObjectsApi(f.kube(key)).getClusterCustomObject(
                    "operator.openshift.io", "v1", "cloudcredentials", "cluster").execute();
            assertEquals("4.16.2", ((Map<String, Object>) ((Map<String, Object>) cco.get("metadata"))
                    .get("annotations")).get("cloudcredential.openshift.io/upgradeable-to"));

            long refreshes = f.cloud.calls().count("msiCredentials.refresh");
            f.clock.advance(Duration.ofDays(47));
            f.run(key, () -> f.enqueueAdminUpdate(key, MaintenanceTask.CERTIFICATES_RENEWAL));
            assertEquals(refreshes + 1, f.cloud.calls().count("msiCredentials.refresh"),
                    "a renewal renews the cluster identity's certificate once the managed identity RP wants it");

            credentials.put(swapped, new FederatedCredential("someone-else", "https://issuer.example/x",
                    serviceAccount("ingress"), List.of("openshift")));
            f.enqueue(key, ProvisioningState.UPDATING);
            String operation = f.clusters("r").get(key).orElseThrow().getAsyncOperationId();
            dispatcher.wake();
            f.await(key, ProvisioningState.FAILED, Duration.ofSeconds(60));
            CloudErrorBody error = new AsyncOperations(f.store, f.codec).get(operation).orElseThrow()
                    .getAsyncOperation().getError();
            assertEquals("PlatformWorkloadIdentityContainsInvalidFederatedCredential", error.code());
            assertEquals("properties.platformWorkloadIdentityProfile.platformWorkloadIdentities.ingress.resourceId",
                    error.target());
        }
    }

    private static boolean holds(SimAuthorization rbac, String rg, String identity, String operator) {
        List<RoleAssignment> assignments = rbac.roleAssignmentsAt(rg);
        return assignments.stream().anyMatch(a -> a.principalId().equalsIgnoreCase(
                SimManagedIdentities.principalIdOf(identity)) && a.roleDefinitionId().endsWith("/" + roleGuid(operator)));
    }
}
