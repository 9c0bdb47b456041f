package io.arorp.frontend.action;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.arorp.api.CloudException;
import io.arorp.api.OpenShiftCluster;
import io.arorp.api.OpenShiftClusterProperties;
import io.arorp.api.PlatformWorkloadIdentityRoleSet;
import io.arorp.api.ProvisioningState;
import io.arorp.api.v20250725.Version20250725;
import io.arorp.api.validate.ValidationContext;
import io.arorp.api.version.ApiVersion;
import io.arorp.api.version.TreeConverter;
import io.arorp.frontend.check.PlatformWorkloadIdentityRules;
import io.arorp.testing.ClusterBodies;
import io.arorp.testing.TestRoleSets;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The workload-identity body the ITs send passes static validation, and against a role set of the seeded operators
 * passes exactly when it names all of them: so an IT failure points at the RP, not at its fixture.
 */
class WorkloadIdentityBodyTest {
    private static final String SUB = "11111111-2222-3333-4444-555555555555";
    private final ApiVersion v = new Version20250725();

    @Test
    void theSeededOperatorsPassAndOneLessIsAMismatch() {
        check(read(ClusterBodies.SEEDED_OPERATORS));
        CloudException e = assertThrows(CloudException.class,
                () -> check(read(ClusterBodies.SEEDED_OPERATORS.subList(1, 8))));
        assertEquals("PlatformWorkloadIdentityMismatch", e.code());
    }

    private OpenShiftCluster read(List<String> operators) {
        String id = ClusterBodies.clusterId(SUB, "rg", "wi");
        TreeConverter<OpenShiftCluster> c = v.clusters();
        OpenShiftCluster placeholder = new OpenShiftCluster();
        placeholder.setId(id);
        placeholder.setName("wi");
        placeholder.setType("Microsoft.RedHatOpenShift/openShiftClusters");
        placeholder.setProperties(new OpenShiftClusterProperties());
        placeholder.getProperties().setProvisioningState(ProvisioningState.SUCCEEDED);
        Object external = ExternalDefaults.apply(c, c.readRequest(c.externalNoReadOnly(c.toExternalWithSecrets(placeholder)),
                ClusterBodies.createWithWorkloadIdentity(SUB, "wi", operators).getBytes(StandardCharsets.UTF_8)), null);
        v.clusterValidator().validate(external, null, ValidationContext.of(id, "eastus", "eastus.aroapp.io")
                .withOpenShiftVersion("4.15.35"));
        OpenShiftCluster oc = c.toInternal(external, placeholder);
        oc.getProperties().getClusterProfile().setVersion("4.15.35");
        assertTrue(oc.usesWorkloadIdentity());
        return oc;
    }

    private static void check(OpenShiftCluster oc) {
        PlatformWorkloadIdentityRoleSet set = TestRoleSets.of("4.15", ClusterBodies.SEEDED_OPERATORS);
        PlatformWorkloadIdentityRules.check(oc, minor -> "4.15".equals(minor) ? Optional.of(set) : Optional.empty());
    }
}
