package io.arorp.backend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.arorp.api.MaintenanceTask;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The original's operator cut-off: an admin update updates the ARO operator, and then syncs its Cluster object, only
 * on clusters of OpenShift 4.7.0 or later; the SyncClusterObject task syncs on any version.
 */
class OperatorCutOffTest {
    static final List<String> OPERATOR_UPDATE = List.of("ensureAROOperator", "aroDeploymentReady",
            "ensureAROOperatorRunningDesiredVersion", "syncClusterObject");

    @Test
    void a46ClusterGetsNoOperatorUpdateAndA415OneDoes(@TempDir Path dir) throws Exception {
        try (BackendFixture f = new BackendFixture(dir)) {
            String key = f.installed("cutoff");
            version(f, key, "4.6.26");
            f.steps.clear();

            f.run(key, () -> f.enqueueAdminUpdate(key, MaintenanceTask.EVERYTHING));
            List<String> ran = f.ran("adminUpdate");
            assertTrue(ran.stream().noneMatch(OPERATOR_UPDATE::contains), ran.toString());
            assertEquals("updateProvisionedBy", ran.get(ran.size() - 1), "the rest of the admin update runs");

            f.steps.clear();
            f.run(key, () -> f.enqueueAdminUpdate(key, MaintenanceTask.OPERATOR_UPDATE));
            assertTrue(f.ran("adminUpdate").stream().noneMatch(OPERATOR_UPDATE::contains), f.steps.toString());

            f.steps.clear();
            f.run(key, () -> f.enqueueAdminUpdate(key, MaintenanceTask.SYNC_CLUSTER_OBJECT));
            assertTrue(f.ran("adminUpdate").contains("syncClusterObject"), f.steps.toString());

            version(f, key, "4.15.35");
            f.steps.clear();
            f.run(key, () -> f.enqueueAdminUpdate(key, MaintenanceTask.EVERYTHING));
            assertEquals(OPERATOR_UPDATE, f.ran("adminUpdate").stream().filter(OPERATOR_UPDATE::contains).toList());

            f.steps.clear();
            f.run(key, () -> f.enqueueAdminUpdate(key, MaintenanceTask.OPERATOR_UPDATE));
            assertEquals(OPERATOR_UPDATE, f.ran("adminUpdate").stream().filter(OPERATOR_UPDATE::contains).toList());
        }
    }

    private static void version(BackendFixture f, String key, String version) {
        f.clusters("frontend").patch(key, d -> d.getOpenShiftCluster().getProperties().getClusterProfile()
                .setVersion(version));
    }
}
