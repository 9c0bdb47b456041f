package io.arorp.frontend.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.arorp.api.CloudException;
import io.arorp.api.OpenShiftCluster;
import io.arorp.api.PlatformWorkloadIdentity;
import io.arorp.api.PlatformWorkloadIdentityProfile;
import io.arorp.api.PlatformWorkloadIdentityRoleSet;
import io.arorp.api.ServicePrincipalProfile;
import io.arorp.testing.TestRoleSets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The platform workload identities of a cluster against the role sets of its version (and of its upgrade). */
class PlatformWorkloadIdentityRulesTest {
    private static final Map<String, PlatformWorkloadIdentityRoleSet> ROLE_SETS = Map.of(
            "4.14", roleSet("4.14", "cloud-controller-manager", "ingress", "machine-api"),
            "4.15", roleSet("4.15", "cloud-controller-manager", "ingress", "machine-api", "file-csi-driver"));

    @Test
    void exactlyTheRoleSetsOperatorsPass() {
        check(cluster("4.14.38", null, "ingress", "machine-api", "cloud-controller-manager"));
    }

    @Test
    void aMissingIdentityIsAMismatchNamingTheRequiredOnes() {
        assertMismatch(cluster("4.14.38", null, "ingress", "machine-api"), "4.14",
                "[cloud-controller-manager ingress machine-api]");
    }

    @Test
    void anIdentityTheRoleSetDoesNotKnowIsAMismatch() {
        assertMismatch(cluster("4.14.38", null, "ingress", "machine-api", "cloud-controller-manager", "extra"),
                "4.14", "[cloud-controller-manager ingress machine-api]");
    }

    @Test
    void anUpgradeToANewMinorNeedsTheNewRoleSetsIdentitiesToo() {
        assertMismatch(cluster("4.14.38", "4.15.35", "ingress", "machine-api", "cloud-controller-manager"),
                "4.14 or 4.15", "[cloud-controller-manager file-csi-driver ingress machine-api]");
        check(cluster("4.14.38", "4.15.35", "ingress", "machine-api", "cloud-controller-manager", "file-csi-driver"));
        check(cluster("4.14.38", "4.14.40", "ingress", "machine-api", "cloud-controller-manager"));
    }

    @Test
    void aVersionWithoutARoleSetIsAnInvalidVersion() {
        CloudException e = assertThrows(CloudException.class, () -> check(cluster("4.13.1", null, "ingress")));
        assertEquals(400, e.status());
        assertEquals("InvalidParameter", e.code());
        assertEquals("properties.clusterProfile.version", e.target());
        assertEquals("No PlatformWorkloadIdentityRoleSet found for the requested or upgradeable OpenShift minor "
                + "version(s). Please retry with different OpenShift version, and if the issue persists, raise an "
                + "Azure support ticket", e.getMessage());
    }

    @Test
    void aServicePrincipalClusterIsNotChecked() {
        OpenShiftCluster oc = cluster("4.13.1", null);
        oc.getProperties().setServicePrincipalProfile(new ServicePrincipalProfile());
        check(oc);
    }

    private static void assertMismatch(OpenShiftCluster oc, String versions, String required) {
        CloudException e = assertThrows(CloudException.class, () -> check(oc));
        assertEquals(400, e.status());
        assertEquals("PlatformWorkloadIdentityMismatch", e.code());
        assertEquals("properties.platformWorkloadIdentityProfile.platformWorkloadIdentities", e.target());
        assertEquals("There's a mismatch between the required and expected set of platform workload identities for "
                + "the requested OpenShift minor version '" + versions + "'. The required platform workload "
                + "identities are '" + required + "'", e.getMessage());
    }

    private static void check(OpenShiftCluster oc) {
        PlatformWorkloadIdentityRules.check(oc, minor -> Optional.ofNullable(ROLE_SETS.get(minor)));
    }

    private static OpenShiftCluster cluster(String version, String upgradeableTo, String... operators) {
        OpenShiftCluster oc = SimCloudFixture.cluster();
        oc.getProperties().getClusterProfile().setVersion(version);
        PlatformWorkloadIdentityProfile profile = new PlatformWorkloadIdentityProfile();
        profile.setUpgradeableTo(upgradeableTo);
        Map<String, PlatformWorkloadIdentity> identities = new LinkedHashMap<>();
        for (String operator : operators) {
            PlatformWorkloadIdentity identity = new PlatformWorkloadIdentity();
            identity.setResourceId("/subscriptions/s/resourceGroups/rg/providers/Microsoft.ManagedIdentity/"
                    + "userAssignedIdentities/" + operator);
            identities.put(operator, identity);
        }
        profile.setPlatformWorkloadIdentities(identities);
        oc.getProperties().setPlatformWorkloadIdentityProfile(profile);
        return oc;
    }

    private static PlatformWorkloadIdentityRoleSet roleSet(String minor, String... operators) {
        return TestRoleSets.of(minor, List.of(operators));
    }
}
