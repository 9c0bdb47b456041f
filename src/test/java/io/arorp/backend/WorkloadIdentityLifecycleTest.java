package io.arorp.backend;

import static io.arorp.backend.WorkloadIdentityClusters.OPERATORS;
import static io.arorp.backend.WorkloadIdentityClusters.platformIdentity;
import static io.arorp.backend.WorkloadIdentityClusters.serviceAccount;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.arorp.api.OpenShiftCluster;
import io.arorp.api.ProvisioningState;
import io.arorp.env.cloud.FederatedCredentials.FederatedCredential;
import io.arorp.env.sim.cloud.SimFederatedCredentials;
import io.arorp.env.sim.cloud.SimManagedIdentities;
import io.arorp.env.kube.KubeconfigClusterClients;
import io.arorp.env.sim.cloud.SimOidcIssuers;
import io.kubernetes.client.openapi.apis.CoreV1Api;
import io.kubernetes.client.openapi.models.V1Secret;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A workload-identity cluster through the backend over the simulated cloud, as the frontend enqueues it: created to
 * Succeeded with its OIDC issuer published, the identities' ids recorded and each platform identity federated with
 * its operator's service account, each operator's identity in its secret in the cluster (the installer's manifests);
 * updated without new credentials, the secrets rewritten; deleted with its credentials, OIDC documents and
 * the cluster identity's stored credential gone — and no service principal step touched it.
 */
class WorkloadIdentityLifecycleTest {
    static final Duration LONG = Duration.ofSeconds(90);

    @Test
    void aWorkloadIdentityClusterIsCreatedAndDeletedWithItsIdentityResources(@TempDir Path dir) throws Exception {
        try (BackendFixture f = new BackendFixture(dir)) {
            WorkloadIdentityClusters.seedRoleSet(f);
            String key = f.enqueueCreate("wi", WorkloadIdentityClusters.shape("wi")).getKey();
            Dispatcher d = f.dispatcher("a", Duration.ofMillis(200), () -> false);
            d.wake();
            f.await(key, ProvisioningState.SUCCEEDED, LONG);

            var doc = f.clusters("r").get(key).orElseThrow();
            OpenShiftCluster oc = doc.getOpenShiftCluster();
            String issuer = oc.getProperties().getClusterProfile().getOidcIssuer();
            assertEquals("https://arooidceastus.z1.web.core.windows.net/" + doc.getId(), issuer);
            SimOidcIssuers oidc = new SimOidcIssuers(f.cloud, "eastus");
            assertTrue(oidc.get(doc.getId(), ".well-known/openid-configuration").isPresent());
            assertTrue(oidc.get(doc.getId(), "openid/v1/jwks").isPresent());
            for (String operator : OPERATORS) {
                var pwi = oc.getProperties().getPlatformWorkloadIdentityProfile().getPlatformWorkloadIdentities()
                        .get(operator);
                assertEquals(SimManagedIdentities.clientIdOf(pwi.getResourceId()), pwi.getClientId());
                assertEquals(SimManagedIdentities.principalIdOf(pwi.getResourceId()), pwi.getObjectId());
                List<FederatedCredential> credentials = federated(f, operator);
                assertEquals(1, credentials.size(), credentials.toString());
                assertEquals(issuer, credentials.get(0).issuer());
                assertEquals(serviceAccount(operator), credentials.get(0).subject());
            }
            assertNull(oc.getProperties().getServicePrincipalProfile());
            var msi = oc.getIdentity().getUserAssignedIdentities().get(WorkloadIdentityClusters.clusterIdentity("wi"));
            assertNotNull(msi.getPrincipalId());
            assertEquals(0, f.cloud.calls().count("servicePrincipals.objectId"), "no service principal sign-in");
            assertTrue(f.steps.indexOf("a install createOIDC") < f.steps.indexOf("a install ensureResourceGroup"));
            assertTrue(f.steps.indexOf("a install deployBaseResourceTemplate")
                    < f.steps.indexOf("a install federateIdentityCredentials"));
            long writes = f.cloud.calls().count("federatedCredentials.put");
            assertEquals(OPERATORS.size(), writes);
            assertOperatorSecrets(f, key);
            var deny = f.cloud.all().stream().filter(r -> r.type().equals("Microsoft.Authorization/denyAssignments")
                    && r.id().toLowerCase().startsWith(oc.getProperties().getClusterProfile().getResourceGroupId()
                            .toLowerCase() + "/")).findFirst().orElseThrow();
            List<String> excluded = deny.properties().path("excludePrincipals").findValuesAsText("id");
            for (String operator : OPERATORS) {
                assertTrue(excluded.contains(SimManagedIdentities.principalIdOf(platformIdentity("wi", operator))),
                        "the deny assignment lets the " + operator + " identity manage the resource group: " + excluded);
            }
            CoreV1Api core = new CoreV1Api(new KubeconfigClusterClients(Duration.ofSeconds(10)).client(
                    oc.getProperties().getAdminKubeconfig()));
            core.deleteNamespacedSecret("azure-credentials", "openshift-ingress").execute();

            f.enqueue(key, ProvisioningState.UPDATING);
            d.wake();
            f.await(key, ProvisioningState.SUCCEEDED, LONG);
            assertTrue(f.steps.contains("a update federateIdentityCredentials"), f.steps.toString());
            assertEquals(writes, f.cloud.calls().count("federatedCredentials.put"), "update finds them in place");
            assertOperatorSecrets(f, key);

            f.enqueue(key, ProvisioningState.DELETING);
            d.wake();
            BackendFixture.awaitTrue(() -> f.clusters("r").get(key).isEmpty());
            for (String operator : OPERATORS) {
                assertEquals(List.of(), federated(f, operator), operator);
            }
            assertTrue(oidc.get(doc.getId(), ".well-known/openid-configuration").isEmpty());
            assertTrue(oidc.get(doc.getId(), "openid/v1/jwks").isEmpty());
            assertTrue(f.cloud.all().stream().noneMatch(r -> r.type().equals(SimFederatedCredentials.TYPE)));
            assertTrue(f.cloud.all().stream().noneMatch(r -> r.type().equals("Microsoft.KeyVault/vaults/secrets")),
                    "the cluster identity's credential is deleted");
        }
    }

    /** Each operator's credentials secret in the cluster names its identity (installed, and rewritten on update). */
    private static void assertOperatorSecrets(BackendFixture f, String key) throws Exception {
        CoreV1Api core = new CoreV1Api(new KubeconfigClusterClients(Duration.ofSeconds(10)).client(
                f.clusters("r").get(key).orElseThrow().getOpenShiftCluster().getProperties().getAdminKubeconfig()));
        for (String operator : OPERATORS) {
            V1Secret secret = core.readNamespacedSecret("azure-credentials", "openshift-" + operator).execute();
            assertEquals(SimManagedIdentities.clientIdOf(platformIdentity("wi", operator)),
                    new String(secret.getData().get("azure_client_id"), StandardCharsets.UTF_8));
            assertEquals(BackendFixture.TENANT, new String(secret.getData().get("azure_tenant_id"),
                    StandardCharsets.UTF_8));
            assertEquals("/var/run/secrets/openshift/serviceaccount/token",
                    new String(secret.getData().get("azure_federated_token_file"), StandardCharsets.UTF_8));
        }
    }

    private static List<FederatedCredential> federated(BackendFixture f, String operator) {
        return new SimFederatedCredentials(f.cloud).list(platformIdentity("wi", operator));
    }
}
