package io.arorp.database.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.arorp.api.OpenShiftVersion;
import io.arorp.api.ProvisioningState;
import io.arorp.database.Billing;
import io.arorp.database.BillingDocument;
import io.arorp.database.LeaseOwner;
import io.arorp.database.LostLeaseException;
import io.arorp.database.MaintenanceManifestDocument;
import io.arorp.database.MaintenanceManifests;
import io.arorp.database.OpenShiftClusterDocument;
import io.arorp.database.OpenShiftVersionDocument;
import io.arorp.database.OpenShiftVersions;
import io.arorp.database.PoolWorkerDocument;
import io.arorp.database.PoolWorkers;
import io.arorp.database.Portal;
import io.arorp.database.PortalDocument;
import io.arorp.database.PreconditionFailedException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The remaining collections and every query they use, on both adapters. */
public interface OtherCollectionsContract extends DatabaseContract {

    @Test
    default void theMonitorsIdListSkipsClustersBeingCreatedOrDeleted() {
        clusters("a").create(cluster(DatabaseContract.key("s", "rg", "new"), ProvisioningState.CREATING));
        clusters("a").create(cluster(DatabaseContract.key("s", "rg", "ok"), ProvisioningState.SUCCEEDED));
        clusters("a").create(cluster(DatabaseContract.key("t", "rg", "bad"), ProvisioningState.FAILED));
        List<OpenShiftClusterDocument> ids = clusters("a").listIds();
        Set<String> keys = new TreeSet<>();
        ids.forEach(d -> keys.add(d.getKey()));
        assertEquals(Set.of(DatabaseContract.key("s", "rg", "ok"), DatabaseContract.key("t", "rg", "bad")), keys);
        assertTrue(ids.stream().allMatch(d -> d.getOpenShiftCluster() == null), "only id, key and bucket");
    }

    @Test
    default void billingRecordsKeepTheirFirstTimestamps() {
        Billing billing = new Billing(store(), codec());
        BillingDocument doc = new BillingDocument();
        doc.setId("cluster-doc-id");
        doc.getBilling().setLocation("eastus");
        long created = billing.create(doc).getBilling().getCreationTime();
        assertEquals(fixture().nowMillis() / 1000, created, 2);
        assertThrows(PreconditionFailedException.class, () -> billing.create(doc));
        fixture().advance(Duration.ofHours(2));
        BillingDocument deleted = billing.markForDeletion("cluster-doc-id");
        assertEquals(created + 7200, deleted.getBilling().getDeletionTime(), 2);
        fixture().advance(Duration.ofHours(1));
        assertEquals(deleted.getBilling().getDeletionTime(), billing.markForDeletion("cluster-doc-id").getBilling().getDeletionTime());
        assertEquals(42, billing.updateLastBillingTimestamp("cluster-doc-id", 42).getBilling().getLastBillingTime());
        assertEquals(1, billing.list(null, 10).items().size());
    }

    @Test
    default void poolWorkersShareOneMasterLease() {
        PoolWorkers a = new PoolWorkers(store(), codec(), new LeaseOwner("a"));
        PoolWorkers b = new PoolWorkers(store(), codec(), new LeaseOwner("b"));
        PoolWorkerDocument master = new PoolWorkerDocument();
        master.setId("monitor");
        master.setWorkerType("monitor");
        master.setPoolWorker(new PoolWorkerDocument.Buckets());
        a.create(master);
        a.heartbeat("monitor", 60);
        b.heartbeat("monitor", 60);
        assertTrue(a.tryLease("monitor").isPresent());
        assertTrue(b.tryLease("monitor").isEmpty());
        List<String> buckets = new ArrayList<>(Collections.nCopies(PoolWorkerDocument.BUCKETS, "a"));
        buckets.set(7, "b");
        a.patchWithLease("monitor", "monitor", d -> d.getPoolWorker().setBuckets(buckets));
        assertEquals(List.of(7), b.listBuckets("monitor"));
        assertEquals(255, a.listBuckets("monitor").size());
        assertThrows(LostLeaseException.class, () -> b.patchWithLease("monitor", "monitor", d -> { }));
        assertEquals(2, a.listPoolWorkers("monitor").size());
        fixture().advance(Duration.ofSeconds(45));
        a.heartbeat("monitor", 60);
        fixture().advance(Duration.ofSeconds(30)); // b stopped heartbeating 75 s ago; a's lease lapsed too
        assertEquals(List.of("a"), a.listPoolWorkers("monitor").stream().map(PoolWorkerDocument::getId).toList());
        assertTrue(b.tryLease("monitor").isPresent());
    }

    @Test
    default void maintenanceManifestsQueueByStateAndLease() {
        MaintenanceManifests a = new MaintenanceManifests(store(), codec(), new LeaseOwner("a"));
        String cluster = DatabaseContract.key("s", "rg", "c");
        for (String state : new String[] {"Pending", "Completed", "Pending"}) {
            MaintenanceManifestDocument doc = new MaintenanceManifestDocument();
            doc.setId(state + a.listForCluster(cluster, null, 10).items().size());
            doc.setClusterResourceId(cluster.toUpperCase());
            doc.setMaintenanceManifest(doc("{'state':'" + state + "','priority':1}"));
            a.create(doc);
        }
        assertEquals(3, a.listForCluster(cluster, null, 10).items().size());
        assertEquals(2, a.queuedForCluster(cluster).size());
        MaintenanceManifestDocument first = a.queued().get(0);
        MaintenanceManifestDocument leased = a.lease(first).orElseThrow();
        assertEquals(1, a.queued().size());
        a.heartbeat(cluster, leased.getId());
        MaintenanceManifestDocument done = a.endLease(cluster, leased.getId(), "Completed", "done");
        assertEquals("done", done.getMaintenanceManifest().get("statusText").asText());
        assertEquals(1, a.queuedForCluster(cluster).size());
        assertEquals(1, a.queued().size());
    }

    @Test
    default void versionsFollowTheirChangeFeedAndPortalGrantsExpire() {
        OpenShiftVersions versions = new OpenShiftVersions(store(), codec());
        var feed = versions.changeFeed(null);
        OpenShiftVersionDocument doc = new OpenShiftVersionDocument();
        doc.setId("4.15.1");
        doc.setOpenShiftVersion(new OpenShiftVersion());
        versions.create(doc);
        versions.patch("4.15.1", d -> d.getOpenShiftVersion().setDeleting(true));
        List<OpenShiftVersionDocument> changes = feed.next(10);
        assertEquals(1, changes.size());
        assertTrue(changes.get(0).getOpenShiftVersion().getDeleting());
        assertEquals(1, versions.listAll().size());

        Portal portal = new Portal(store(), codec());
        PortalDocument grant = new PortalDocument();
        grant.setId("grant");
        grant.setTtl(60);
        grant.setPortal(doc("{'username':'sre','id':'x','ssh':{'master':0,'authenticated':false}}"));
        portal.create(grant);
        assertEquals("sre", portal.get("grant").orElseThrow().getPortal().get("username").asText());
        fixture().advance(Duration.ofSeconds(61));
        assertTrue(portal.get("grant").isEmpty());
    }
}
