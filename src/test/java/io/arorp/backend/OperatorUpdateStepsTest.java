package io.arorp.backend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.arorp.api.MaintenanceTask;
import io.kubernetes.client.openapi.apis.AppsV1Api;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An admin update of everything ends by checking the operator runs the RP's version and recording which RP build
 * reconciled the cluster; an OperatorUpdate runs the version check but leaves provisionedBy alone.
 */
class OperatorUpdateStepsTest {
    @Test
    void anAdminUpdateChecksTheOperatorVersionAndRecordsTheRpBuild(@TempDir Path dir) throws Exception {
        try (BackendFixture f = new BackendFixture(dir)) {
            String key = f.installed("opver");
            f.clusters("frontend").patch(key, d -> d.getOpenShiftCluster().getProperties().setProvisionedBy("old"));

            f.run(key, () -> f.enqueueAdminUpdate(key, MaintenanceTask.OPERATOR_UPDATE));
            assertTrue(f.steps.contains("a adminUpdate ensureAROOperatorRunningDesiredVersion"), f.steps.toString());
            assertEquals("old", provisionedBy(f, key));

            f.run(key, () -> f.enqueueAdminUpdate(key, MaintenanceTask.EVERYTHING));
            assertEquals("v1", provisionedBy(f, key));
            for (String name : new String[] {"aro-operator-master", "aro-operator-worker"}) {
                assertEquals("arosvc.azurecr.io/aro:v1", new AppsV1Api(f.kube(key)).readNamespacedDeployment(name,
                        "openshift-azure-operator").execute().getSpec().getTemplate().getSpec().getContainers().get(0)
                        .getImage());
            }
            String etag = f.clusters("reader").get(key).orElseThrow().getOpenShiftCluster().getProperties()
                    .getProvisionedBy();
            f.steps.clear();
            f.run(key, () -> f.enqueueAdminUpdate(key, MaintenanceTask.EVERYTHING));
            assertTrue(f.steps.contains("a adminUpdate updateProvisionedBy"), f.steps.toString());
            assertEquals(etag, provisionedBy(f, key));
            assertFalse(f.steps.isEmpty());
        }
    }

    private static String provisionedBy(BackendFixture f, String key) {
        return f.clusters("reader").get(key).orElseThrow().getOpenShiftCluster().getProperties().getProvisionedBy();
    }
}
