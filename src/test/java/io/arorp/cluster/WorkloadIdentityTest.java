package io.arorp.cluster;

import static io.arorp.backend.WorkloadIdentityClusters.OPERATORS;
import static io.arorp.backend.WorkloadIdentityClusters.clusterIdentity;
import static io.arorp.backend.WorkloadIdentityClusters.platformIdentity;
import static io.arorp.backend.WorkloadIdentityClusters.serviceAccount;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.arorp.api.CloudException;
import io.arorp.backend.BackendFixture;
import io.arorp.backend.WorkloadIdentityClusters;
import io.arorp.env.cloud.CloudResource;
import io.arorp.env.cloud.FederatedCredentials.FederatedCredential;
import io.arorp.env.sim.cloud.SimAuthorization;
import io.arorp.env.sim.cloud.SimFederatedCredentials;
import io.arorp.env.sim.cloud.SimManagedIdentities;
import io.arorp.util.json.Jackson;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The workload-identity steps against the simulated cloud, on a leased document as a backend job holds it. */
class WorkloadIdentityTest {
    @TempDir
    Path dir;
    BackendFixture f;

    @AfterEach
    void close() {
        if (f != null) {
            f.close();
        }
    }

    /** A leased workload-identity cluster "wi" in a cloud that holds only the identities created here. */
    private ClusterContext cluster(boolean createIngressIdentity) {
        f = new BackendFixture(dir, 10_000, false);
        WorkloadIdentityClusters.seedRoleSet(f);
        identity(clusterIdentity("wi"), "msi");
        identity(platformIdentity("wi", "cloud-controller-manager"), "ccm");
        if (createIngressIdentity) {
            identity(platformIdentity("wi", "ingress"), "ingress");
        }
        f.enqueueCreate("wi", WorkloadIdentityClusters.shape("wi"));
        var clusters = f.clusters("worker");
        return new ClusterContext(clusters, clusters.dequeue().orElseThrow(), f.subscription(), f.env(), () -> { });
    }

    private void identity(String id, String seed) {
        f.cloud.create(CloudResource.of(id, SimManagedIdentities.TYPE, "eastus", Jackson.newMapper()
                .createObjectNode().put("clientId", "client-" + seed).put("principalId", "principal-" + seed)
                .put("tenantId", "tenant")));
    }

    private void deny(String principalId, String scope) {
        f.cloud.create(CloudResource.of(scope + "/providers/Microsoft.Authorization/denyAssignments/d-" + principalId,
                SimAuthorization.DENY_TYPE, null, Jackson.newMapper().createObjectNode()
                        .put("principalId", principalId).put("scope", scope)));
    }

    @Test
    void aMissingPlatformIdentityIsRefusedAtItsEntry() {
        ClusterContext c = cluster(false);

        CloudException e = assertThrows(CloudException.class,
                () -> WorkloadIdentitySteps.platformWorkloadIdentityIds(c));

        assertEquals(400, e.status());
        assertEquals("InvalidPlatformWorkloadIdentity", e.code());
        assertEquals("properties.platformWorkloadIdentityProfile.platformWorkloadIdentities.ingress", e.target());
        assertTrue(e.getMessage().contains(platformIdentity("wi", "ingress")), e.getMessage());
    }

    @Test
    void anIdentityForEveryRoleOfTheVersionIsRequired() {
        ClusterContext c = cluster(true);
        c.patch(d -> d.getOpenShiftCluster().getProperties().getPlatformWorkloadIdentityProfile()
                .getPlatformWorkloadIdentities().remove("ingress"));

        CloudException e = assertThrows(CloudException.class,
                () -> WorkloadIdentitySteps.platformWorkloadIdentityIds(c));

        assertEquals("PlatformWorkloadIdentityMismatch", e.code());
        assertEquals("properties.platformWorkloadIdentityProfile.platformWorkloadIdentities", e.target());
        assertTrue(e.getMessage().contains("'4.15'"), e.getMessage());
    }

    @Test
    void anUpgradeableClusterNeedsAndFederatesTheIdentitiesOfBothVersions() throws Exception {
        ClusterContext c = cluster(true);
        WorkloadIdentityClusters.seedRoleSet(f, "4.16", List.of("ingress", "disk-csi-driver"));
        c.patch(d -> d.getOpenShiftCluster().getProperties().getPlatformWorkloadIdentityProfile()
                .setUpgradeableTo("4.16.2"));

        CloudException e = assertThrows(CloudException.class,
                () -> WorkloadIdentitySteps.platformWorkloadIdentityIds(c));
        assertEquals("PlatformWorkloadIdentityMismatch", e.code());
        assertTrue(e.getMessage().contains("'4.15 or 4.16'"), e.getMessage());

        String disk = platformIdentity("wi", "disk-csi-driver");
        identity(disk, "disk");
        c.patch(d -> {
            var pwi = new io.arorp.api.PlatformWorkloadIdentity();
            pwi.setResourceId(disk);
            d.getOpenShiftCluster().getProperties().getPlatformWorkloadIdentityProfile()
                    .getPlatformWorkloadIdentities().put("disk-csi-driver", pwi);
        });
        ClusterMsiSteps.ensureClusterMsiCertificate(c);
        WorkloadIdentitySteps.platformWorkloadIdentityIds(c);
        OidcSteps.createOidc(c);
        FederatedCredentialSteps.federateIdentityCredentials(c);

        assertEquals(List.of(serviceAccount("disk-csi-driver")), federated(disk).stream()
                .map(FederatedCredential::subject).toList());
    }

    @Test
    void aPlatformIdentityTrustingAnotherIssuerIsRefusedOnCreateAndOnUpdate() throws Exception {
        ClusterContext c = federatable();
        String ingress = platformIdentity("wi", "ingress");
        var foreign = new FederatedCredential("someone-else", "https://issuer.example/other", serviceAccount("ingress"),
                List.of("openshift"));
        new SimFederatedCredentials(f.cloud).put(ingress, foreign);

        CloudException create = assertThrows(CloudException.class,
                () -> WorkloadIdentitySteps.platformWorkloadIdentityIds(c));
        c.patch(d -> d.getOpenShiftCluster().getProperties().setProvisioningState(
                io.arorp.api.ProvisioningState.UPDATING));
        CloudException update = assertThrows(CloudException.class,
                () -> WorkloadIdentitySteps.platformWorkloadIdentityIds(c));

        for (CloudException e : List.of(create, update)) {
            assertEquals(400, e.status());
            assertEquals("PlatformWorkloadIdentityContainsInvalidFederatedCredential", e.code());
            assertEquals("properties.platformWorkloadIdentityProfile.platformWorkloadIdentities.ingress.resourceId",
                    e.target());
            assertTrue(e.getMessage().contains("'someone-else'") && e.getMessage().contains(ingress), e.getMessage());
        }
        assertTrue(create.getMessage().contains("only used for this cluster"), create.getMessage());
        assertTrue(update.getMessage().contains("only federated credentials provisioned by the ARO service"),
                update.getMessage());
    }

    @Test
    void theRpsOwnCredentialsPassAgainButNotForAnotherServiceAccount() throws Exception {
        ClusterContext c = federatable();
        FederatedCredentialSteps.federateIdentityCredentials(c);
        WorkloadIdentitySteps.platformWorkloadIdentityIds(c); // a retried create finds its own credentials

        String ccm = platformIdentity("wi", "cloud-controller-manager");
        new SimFederatedCredentials(f.cloud).put(ccm, new FederatedCredential("extra",
                c.properties().getClusterProfile().getOidcIssuer(), serviceAccount("ingress"), List.of("openshift")));
        CloudException e = assertThrows(CloudException.class,
                () -> WorkloadIdentitySteps.platformWorkloadIdentityIds(c));

        assertEquals(FederatedCredentialValidation.CODE, e.code());
        assertTrue(e.target().endsWith(".cloud-controller-manager.resourceId"), e.target());
    }

    @Test
    void theClusterIdentityMustManageThePlatformIdentitiesFederatedCredentials() {
        ClusterContext c = cluster(true);
        deny("principal-msi", platformIdentity("wi", "ingress"));

        CloudException e = assertThrows(CloudException.class,
                () -> WorkloadIdentitySteps.platformWorkloadIdentityIds(c));

        assertEquals("InvalidClusterMSIPermissions", e.code());
        assertEquals("identity.userAssignedIdentities", e.target());
        assertTrue(e.getMessage().contains("'ingress'"), e.getMessage());
    }

    @Test
    void aPlatformIdentityWithoutItsRolesPermissionsOnTheVnetIsRefused() {
        ClusterContext c = cluster(true);
        ClusterMsiSteps.ensureClusterMsiCertificate(c);
        WorkloadIdentitySteps.platformWorkloadIdentityIds(c);
        String vnet = c.names().vnetOf(c.properties().getMasterProfile().getSubnetId());
        c.env().cloud().networks().virtualNetwork(vnet).orElseThrow();
        deny("principal-ccm", vnet);

        CloudException e = assertThrows(CloudException.class, () -> ResourceValidation.validate(c, true));

        assertEquals("InvalidWorkloadIdentityPermissions", e.code());
        assertTrue(e.getMessage().contains("cloud-controller-manager"), e.getMessage());
    }

    @Test
    void theIdsAzureGaveTheIdentitiesAreRecorded() {
        ClusterContext c = cluster(true);
        ClusterMsiSteps.ensureClusterMsiCertificate(c);

        WorkloadIdentitySteps.platformWorkloadIdentityIds(c);
        WorkloadIdentitySteps.clusterIdentityIds(c);
        WorkloadIdentitySteps.persistPlatformWorkloadIdentityIds(c);

        var stored = f.clusters("r").get(c.doc().getKey()).orElseThrow().getOpenShiftCluster();
        var ingress = stored.getProperties().getPlatformWorkloadIdentityProfile().getPlatformWorkloadIdentities()
                .get("ingress");
        assertEquals("client-ingress", ingress.getClientId());
        assertEquals("principal-ingress", ingress.getObjectId());
        var msi = stored.getIdentity().getUserAssignedIdentities().get(clusterIdentity("wi"));
        assertEquals("client-msi", msi.getClientId());
        assertEquals("principal-msi", msi.getPrincipalId());
    }

    @Test
    void createOidcPublishesTheIssuerOnceAndKeepsItsKey() throws Exception {
        ClusterContext c = cluster(true);

        OidcSteps.createOidc(c);
        String issuer = c.properties().getClusterProfile().getOidcIssuer();
        var key = c.properties().getClusterProfile().getBoundServiceAccountSigningKey();
        OidcSteps.createOidc(c);

        assertEquals("https://arooidceastus.z1.web.core.windows.net/" + c.doc().getId(), issuer);
        assertEquals(key, c.properties().getClusterProfile().getBoundServiceAccountSigningKey(), "the key is kept");
        var oidc = c.env().identity().oidc();
        JsonNode discovery = Jackson.newMapper().readTree(oidc.get(c.doc().getId(), OidcSteps.DISCOVERY)
                .orElseThrow());
        assertEquals(issuer, discovery.path("issuer").asText());
        assertEquals(issuer + "/openid/v1/jwks", discovery.path("jwks_uri").asText());
        JsonNode jwk = Jackson.newMapper().readTree(oidc.get(c.doc().getId(), OidcSteps.JWKS).orElseThrow())
                .path("keys").path(0);
        assertEquals(new java.math.BigInteger(1, java.util.Base64.getUrlDecoder().decode(jwk.path("n").asText())),
                OidcSteps.privateKey(key).getModulus(), "the key set publishes the signing key's public half");
    }

    /** What a job has done before federateIdentityCredentials: the cluster identity's credential, the issuer. */
    private ClusterContext federatable() throws Exception {
        ClusterContext c = cluster(true);
        ClusterMsiSteps.ensureClusterMsiCertificate(c);
        OidcSteps.createOidc(c);
        return c;
    }

    private List<FederatedCredential> federated(String identityId) {
        return new SimFederatedCredentials(f.cloud).list(identityId);
    }

    @Test
    void federatedCredentialsAreCreatedOncePerIdentityEvenWhenTheStepRunsTwice() throws Exception {
        ClusterContext c = federatable();
        String issuer = c.properties().getClusterProfile().getOidcIssuer();

        FederatedCredentialSteps.federateIdentityCredentials(c);
        FederatedCredentialSteps.federateIdentityCredentials(c);

        for (String operator : OPERATORS) {
            String identity = platformIdentity("wi", operator);
            List<FederatedCredential> credentials = federated(identity);
            assertEquals(1, credentials.size(), operator + ": " + credentials);
            FederatedCredential credential = credentials.get(0);
            assertEquals(issuer, credential.issuer());
            assertEquals(serviceAccount(operator), credential.subject());
            assertEquals(List.of("openshift"), credential.audiences());
            assertTrue(credential.name().startsWith("wi_" + operator + "_"), credential.name());
            assertTrue(credential.name().length() <= 120);
            assertEquals(1, f.cloud.calls().count("federatedCredentials.put",
                    identity + "/federatedIdentityCredentials/" + credential.name()), "one write per credential");
        }
    }

    @Test
    void theCredentialsAreWrittenAsTheClusterIdentity() throws Exception {
        ClusterContext c = federatable();
        deny("principal-msi", platformIdentity("wi", "ingress"));

        CloudException e = assertThrows(CloudException.class,
                () -> FederatedCredentialSteps.federateIdentityCredentials(c));

        assertEquals(403, e.status());
        assertEquals("AuthorizationFailed", e.code());
        assertTrue(e.getMessage().contains("'principal-msi'"), e.getMessage());
    }

    @Test
    void deletingRemovesOnlyThisClustersCredentials() throws Exception {
        ClusterContext c = federatable();
        FederatedCredentialSteps.federateIdentityCredentials(c);
        String ingress = platformIdentity("wi", "ingress");
        var other = new FederatedCredential("other-cluster", "https://issuer.example/other", serviceAccount("ingress"),
                List.of("openshift"));
        new SimFederatedCredentials(f.cloud).put(ingress, other);

        FederatedCredentialSteps.deleteFederatedCredentials(c);
        OidcSteps.deleteOidc(c);

        assertEquals(List.of(other), federated(ingress));
        assertTrue(federated(platformIdentity("wi", "cloud-controller-manager")).isEmpty());
        assertTrue(c.env().identity().oidc().get(c.doc().getId(), OidcSteps.DISCOVERY).isEmpty());
        assertTrue(c.env().identity().oidc().get(c.doc().getId(), OidcSteps.JWKS).isEmpty());
    }

    @Test
    void aClusterWhoseIdentityIsGoneIsStillDeleted() {
        ClusterContext c = cluster(true);
        new io.arorp.env.sim.cloud.SimResources(f.cloud).delete(clusterIdentity("wi"));

        FederatedCredentialSteps.deleteFederatedCredentials(c);

        assertEquals(0, f.cloud.calls().count("federatedCredentials.delete"));
        assertTrue(c.env().identity().msiCredentials().stored(ClusterMsiSteps.secretName(c)).isEmpty());
    }

    @Test
    void theClusterIdentitysCredentialIsFetchedOnceAndAgainWhenDueForRenewal() {
        ClusterContext c = cluster(true);
        var msi = c.env().identity().msiCredentials();
        String secret = ClusterMsiSteps.secretName(c);
        String refresh = "msiCredentials.refresh";

        ClusterMsiSteps.ensureClusterMsiCertificate(c);
        ClusterMsiSteps.ensureClusterMsiCertificate(c);
        assertEquals(1, f.cloud.calls().count(refresh));
        var first = msi.stored(secret).orElseThrow();
        assertEquals("client-msi", first.clientId());

        f.clock.advance(java.time.Duration.ofDays(47));
        ClusterMsiSteps.ensureClusterMsiCertificate(c);
        assertEquals(2, f.cloud.calls().count(refresh));
        assertTrue(msi.stored(secret).orElseThrow().notAfter().isAfter(first.notAfter()));

        ClusterMsiSteps.deleteClusterMsiCertificate(c);
        assertTrue(msi.stored(secret).isEmpty());
        assertNotNull(first.renewAfter());
    }

    @Test
    void aSwappedClusterIdentityGetsItsOwnCredentialAtOnce() {
        ClusterContext c = cluster(true);
        ClusterMsiSteps.ensureClusterMsiCertificate(c);
        String swapped = clusterIdentity("wi") + "-2";
        identity(swapped, "msi2");
        c.patch(d -> d.getOpenShiftCluster().getIdentity().setUserAssignedIdentities(new java.util.HashMap<>(
                java.util.Map.of(swapped, new io.arorp.api.UserAssignedIdentity()))));

        ClusterMsiSteps.ensureClusterMsiCertificate(c);

        var stored = c.env().identity().msiCredentials().stored(ClusterMsiSteps.secretName(c)).orElseThrow();
        assertEquals(swapped, stored.identityId());
        assertEquals("client-msi2", stored.clientId());
    }
}
