package io.arorp.frontend.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.arorp.api.ClusterProfile;
import io.arorp.api.ProvisioningState;
import io.arorp.frontend.admin.AdminClusterSummaries.Summary;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AdminClusterSummariesTest {
    @TempDir
    Path dir;
    AdminFixture f;
    AdminClusterSummaries summaries;

    @BeforeEach
    void setUp() {
        f = new AdminFixture(dir);
        summaries = new AdminClusterSummaries(f.clusters);
        f.cluster("zeta", ProvisioningState.SUCCEEDED);
        String alpha = f.cluster("Alpha", ProvisioningState.FAILED);
        f.clusters.patch(alpha.toLowerCase(), d -> {
            var p = d.getOpenShiftCluster().getProperties();
            p.setFailedProvisioningState(ProvisioningState.CREATING);
            p.setCreatedBy("rp-1.2.3");
            p.setCreatedAt(OffsetDateTime.parse("2026-11-25T03:15:24.123Z"));
            ClusterProfile profile = new ClusterProfile();
            profile.setVersion("4.15.35");
            p.setClusterProfile(profile);
        });
    }

    @AfterEach
    void tearDown() {
        f.close();
    }

    @Test
    void oneLinePerClusterSortedByIdWithEveryField() {
        List<Summary> all = run(Map.of());
        assertEquals(List.of("Alpha", "zeta"), all.stream().map(Summary::name).toList());
        Summary alpha = all.get(0);
        assertEquals(AdminFixture.SUBSCRIPTION, alpha.subscription());
        assertEquals("rg", alpha.resourceGroup());
        assertEquals("Failed", alpha.provisioningState());
        assertEquals("Creating", alpha.failedProvisioningState());
        assertEquals("4.15.35", alpha.version());
        assertEquals("2026-11-25T03:15:24Z", alpha.createdAt());
        assertEquals("", all.get(1).version(), "unknown fields are empty, never absent");
    }

    @Test
    void filtersMatchSubstringsIgnoringCaseAndTheWholeState() {
        assertEquals(List.of("Alpha"), names(run(Map.of("name", "ALP"))));
        assertEquals(List.of("Alpha"), names(run(Map.of("version", "4.15", "created_by", "rp-1"))));
        assertEquals(List.of("zeta"), names(run(Map.of("state", "succeeded"))));
        assertEquals(List.of(), names(run(Map.of("state", "succ"))));
    }

    @SuppressWarnings("unchecked")
    private List<Summary> run(Map<String, String> filters) {
        return (List<Summary>) summaries.run(new HashMap<>(filters)).body();
    }

    private static List<String> names(List<Summary> summaries) {
        return summaries.stream().map(Summary::name).toList();
    }
}
