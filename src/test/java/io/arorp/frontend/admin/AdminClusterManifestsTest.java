package io.arorp.frontend.admin;

import static io.arorp.frontend.admin.AdminFixture.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.arorp.api.CloudException;
import io.arorp.api.ProvisioningState;
import io.arorp.api.admin.MimoTypes.MaintenanceManifest;
import io.arorp.api.admin.MimoTypes.MaintenanceManifestList;
import io.arorp.frontend.action.ArmResult;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

class AdminClusterManifestsTest {
    static final String TASK = "b41749fc-af26-4ab7-b5a1-e03f3ee4cba6";
    static final URI REFERER = URI.create("https://localhost:8443/admin/x/maintenancemanifests");

    @TempDir
    Path dir;
    AdminFixture f;
    AdminClusterManifests manifests;
    String cluster;

    @BeforeEach
    void setUp() {
        f = new AdminFixture(dir);
        manifests = new AdminClusterManifests(f.clusters, f.manifests, f.skipTokens, f.ids, f.clock);
        cluster = f.cluster("c1", ProvisioningState.SUCCEEDED);
    }

    @AfterEach
    void tearDown() {
        f.close();
    }

    @Test
    void createQueuesAPendingManifestForAWeekFromNow() {
        long now = f.clock.instant().getEpochSecond();
        ArmResult created = manifests.create(cluster, json("{\"maintenanceTaskID\":\"" + TASK + "\"}"));
        assertEquals(201, created.status());
        MaintenanceManifest m = (MaintenanceManifest) created.body();
        assertEquals("Pending", m.state());
        assertNull(m.clusterResourceID(), "the cluster is the route's, not repeated");
        assertTrue(Math.abs(m.runAfter() - now) <= 2);
        assertEquals(Duration.ofDays(7).toSeconds(), m.runBefore() - m.runAfter());
        assertEquals(cluster.toLowerCase(), f.manifests.get(cluster, m.id()).orElseThrow().getClusterResourceId());
        assertEquals(m, manifests.get(cluster.toUpperCase(), m.id()).body(), "cluster ids are case-insensitive");
    }

    @Test
    void createValidatesTaskAndWindow() {
        assertInvalid(() -> manifests.create(cluster, json("{}")), "maintenanceTaskID", "Must be provided");
        assertInvalid(() -> manifests.create(cluster, json("{\"maintenanceTaskID\":\"nope\"}")), "maintenanceTaskID",
                "'nope' is not a known maintenance task.");
        assertInvalid(() -> manifests.create(cluster,
                json("{\"maintenanceTaskID\":\"" + TASK + "\",\"runAfter\":200,\"runBefore\":100}")), "runBefore",
                "Must be after runAfter");
        assertTrue(f.manifests.listForCluster(cluster, null, 10).items().isEmpty());
    }

    @Test
    void missingAndDeletingClustersAreNotFound() {
        String deleting = f.cluster("c2", ProvisioningState.DELETING);
        assertError(() -> manifests.list("/subscriptions/" + AdminFixture.SUBSCRIPTION
                + "/resourceGroups/rg/providers/Microsoft.RedHatOpenShift/openShiftClusters/none", null, null,
                REFERER), 404, "NotFound", null);
        assertError(() -> manifests.create(deleting, json("{\"maintenanceTaskID\":\"" + TASK + "\"}")), 404,
                "NotFound", "cluster being deleted");
        assertError(() -> manifests.get(cluster, "missing"), 404, "NotFound", "manifest not found: missing");
    }

    @Test
    void onlyPendingManifestsCanBeCancelled() {
        String id = ((MaintenanceManifest) manifests.create(cluster, json("{\"maintenanceTaskID\":\"" + TASK + "\"}"))
                .body()).id();
        assertEquals("Cancelled", ((MaintenanceManifest) manifests.cancel(cluster, id).body()).state());
        assertError(() -> manifests.cancel(cluster, id), 406, "PropertyChangeNotAllowed",
                "cannot cancel task in state Cancelled");
        assertError(() -> manifests.cancel(cluster, "missing"), 404, "NotFound", "manifest not found: missing");
    }

    @Test
    void deleteRemovesEvenWithoutTheCluster() {
        String id = ((MaintenanceManifest) manifests.create(cluster, json("{\"maintenanceTaskID\":\"" + TASK + "\"}"))
                .body()).id();
        f.clusters.delete(f.clusters.get(cluster.toLowerCase()).orElseThrow());
        assertEquals(200, manifests.delete(cluster, id).status());
        assertTrue(f.manifests.get(cluster, id).isEmpty());
        assertError(() -> manifests.delete(cluster, id), 404, "NotFound", "manifest not found: " + id);
    }

    @Test
    void listPagesByLimitWithANextLink() {
        for (int i = 0; i < 3; i++) {
            manifests.create(cluster, json("{\"maintenanceTaskID\":\"" + TASK + "\"}"));
        }
        MaintenanceManifestList first = (MaintenanceManifestList) manifests.list(cluster, "2", null, REFERER).body();
        assertEquals(2, first.value().size());
        assertNotNull(first.nextLink());
        String token = URI.create(first.nextLink()).getQuery().replaceFirst(".*\\$skipToken=", "");
        MaintenanceManifestList second = (MaintenanceManifestList) manifests.list(cluster, "2", token, REFERER).body();
        assertEquals(1, second.value().size());
        assertNull(second.nextLink());
        Set<String> ids = new HashSet<>();
        first.value().forEach(m -> ids.add(m.id()));
        second.value().forEach(m -> ids.add(m.id()));
        assertEquals(3, ids.size());
        assertEquals(3, ((MaintenanceManifestList) manifests.list(cluster, "x", null, REFERER).body()).value().size(),
                "a limit that is not a number means 100");
    }

    static void assertInvalid(Executable call, String target, String message) {
        CloudException e = assertThrows(CloudException.class, call);
        assertEquals(400, e.status());
        assertEquals("InvalidParameter", e.code());
        assertEquals(target, e.target());
        assertEquals(message, e.getMessage());
    }

    static void assertError(Executable call, int status, String code, String message) {
        CloudException e = assertThrows(CloudException.class, call);
        assertEquals(status, e.status(), e.toString());
        assertEquals(code, e.code());
        if (message != null) {
            assertEquals(message, e.getMessage());
        }
    }
}
