package io.arorp.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.arorp.api.HiveProfile;
import io.arorp.backend.BackendFixture;
import io.arorp.database.OpenShiftClusters;
import io.arorp.env.hive.FakeHive;
import io.arorp.env.hive.HiveInstaller;
import io.arorp.env.hive.HiveSettings;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The install step's record of who installs the cluster: through Hive, the document says so (namespace and
 * createdByHive) before Hive starts, which keeps an admin update from adopting it; any other installer records nothing.
 */
class HiveInstallRecordTest {
    @Test
    void anInstallThroughHiveIsRecordedAndNoOtherIs(@TempDir Path dir) throws Exception {
        try (BackendFixture f = new BackendFixture(dir); FakeHive hive = new FakeHive()) {
            f.enqueueCreate("rec", d -> { });
            OpenShiftClusters clusters = f.clusters("worker");
            ClusterEnv simulated = f.env();
            ClusterContext c = new ClusterContext(clusters, clusters.dequeue().orElseThrow(), f.subscription(),
                    simulated, () -> { });
            HiveSteps.recordInstallByHive(c);
            assertNull(c.properties().getHiveProfile(), "the simulated installer is not Hive");
            assertFalse(HiveSteps.createdByHive(c));

            HiveInstaller installer = new HiveInstaller(hive.apiClient(), new HiveSettings(Duration.ofSeconds(10),
                    Duration.ofSeconds(5), Duration.ofMillis(50), "rp", "img"), Clock.systemUTC());
            ClusterEnv viaHive = new ClusterEnv(simulated.cloud(), simulated.identity(), installer,
                    simulated.operator(), simulated.clients(), simulated.billing(), simulated.gateway(),
                    simulated.clock(), simulated.random(), simulated.settings());
            c = new ClusterContext(clusters, c.doc(), f.subscription(), viaHive, () -> { });
            HiveSteps.recordInstallByHive(c);
            HiveProfile profile = clusters.get(c.doc().getKey()).orElseThrow().getOpenShiftCluster().getProperties()
                    .getHiveProfile();
            assertEquals(installer.hiveNamespace(c.cluster().getId()).orElseThrow(), profile.getNamespace());
            assertEquals(Boolean.TRUE, profile.getCreatedByHive());
            assertTrue(HiveSteps.createdByHive(c));
            assertTrue(hive.clusterDeployments().isEmpty(), "recorded before Hive is asked for anything");
        }
    }
}
