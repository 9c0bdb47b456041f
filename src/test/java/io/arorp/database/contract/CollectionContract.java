package io.arorp.database.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.arorp.api.ClusterProfile;
import io.arorp.api.ProvisioningState;
import io.arorp.api.Secret;
import io.arorp.database.ChangeFeed;
import io.arorp.database.DocumentPage;
import io.arorp.database.OpenShiftClusterDocument;
import io.arorp.database.OpenShiftClusters;
import io.arorp.database.PreconditionFailedException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Keys, listings, change feed, unknown fields and sealed secrets through the collection classes. */
public interface CollectionContract extends DatabaseContract {

    @Test
    default void keysAreLowerCaseAndUnique() {
        OpenShiftClusters clusters = clusters("a");
        String key = DatabaseContract.key("sub", "rg", "c");
        assertThrows(IllegalArgumentException.class, () -> clusters.create(cluster(key.toUpperCase(), ProvisioningState.CREATING)));
        OpenShiftClusterDocument created = clusters.create(cluster(key, ProvisioningState.CREATING));
        assertEquals("sub", created.getPartitionKey());
        assertEquals(created.getId(), clusters.get(key.toUpperCase()).orElseThrow().getId());
        assertThrows(PreconditionFailedException.class, () -> clusters.create(cluster(key, ProvisioningState.CREATING)));
        OpenShiftClusterDocument sameClient = cluster(DatabaseContract.key("sub", "rg", "d"), ProvisioningState.CREATING);
        sameClient.setClientIdKey(created.getClientIdKey());
        assertThrows(PreconditionFailedException.class, () -> clusters.create(sameClient));
        assertEquals(1, clusters.getByClientId("SUB", created.getClientIdKey()).size());
        assertEquals(1, clusters.getByClusterResourceGroupId("sub", created.getClusterResourceGroupIdKey()).size());
        assertTrue(clusters.getByClientId("other", created.getClientIdKey()).isEmpty());
    }

    @Test
    default void listByPrefixPagesThroughOneResourceGroup() {
        OpenShiftClusters clusters = clusters("a");
        for (int i = 0; i < 5; i++) {
            clusters.create(cluster(DatabaseContract.key("sub", "rg1", "c" + i), ProvisioningState.SUCCEEDED));
        }
        clusters.create(cluster(DatabaseContract.key("sub", "rg10", "x"), ProvisioningState.SUCCEEDED));
        clusters.create(cluster(DatabaseContract.key("sub2", "rg1", "y"), ProvisioningState.SUCCEEDED));
        Set<String> names = new TreeSet<>();
        String continuation = null;
        int pages = 0;
        do {
            DocumentPage<OpenShiftClusterDocument> page = clusters.listByPrefix("sub",
                    "/subscriptions/SUB/resourceGroups/RG1/", continuation, 2);
            page.items().forEach(d -> names.add(d.getOpenShiftCluster().getName()));
            continuation = page.continuation();
            pages++;
        } while (continuation != null);
        assertEquals(Set.of("c0", "c1", "c2", "c3", "c4"), names);
        assertTrue(pages >= 3, "pages of two: " + pages);
        assertEquals(6, clusters.listByPrefix("sub", "/subscriptions/sub/", null, 10).items().size());
    }

    @Test
    default void theChangeFeedFollowsClustersFromTheBeginningAndFromAContinuation() {
        OpenShiftClusters clusters = clusters("a");
        ChangeFeed<OpenShiftClusterDocument> feed = clusters.changeFeed(null);
        assertTrue(feed.next(10).isEmpty());
        for (int i = 0; i < 3; i++) {
            clusters.create(cluster(DatabaseContract.key("sub", "rg", "c" + i), ProvisioningState.CREATING));
        }
        assertEquals(2, feed.next(2).size());
        String saved = feed.continuation();
        assertEquals(1, feed.next(10).size());
        clusters.patch(DatabaseContract.key("sub", "rg", "c0"), d -> d.setBucket(9));
        List<OpenShiftClusterDocument> changed = feed.next(10);
        assertEquals(1, changed.size());
        assertEquals(9, changed.get(0).getBucket());
        ChangeFeed<OpenShiftClusterDocument> resumed = clusters.changeFeed(saved);
        List<String> names = new ArrayList<>();
        resumed.next(10).forEach(d -> names.add(d.getOpenShiftCluster().getName()));
        assertEquals(List.of("c2", "c0"), names);
        assertEquals(3, clusters.changeFeed(null).next(10).size());
    }

    @Test
    default void fieldsOfANewerReleaseSurviveAPatchByThisOne() {
        String key = DatabaseContract.key("sub", "rg", "c");
        ObjectNode written = doc("{'id':'d1','key':'" + key + "','partitionKey':'sub','clientIdKey':'x',"
                + "'clusterResourceGroupIdKey':'y','futureTopLevel':{'a':[1,{'b':true}]},"
                + "'openShiftCluster':{'id':'" + key + "','futureCluster':'v','properties':{"
                + "'provisioningState':'Succeeded','futureProperty':{'n':1},"
                + "'networkProfile':{'podCidr':'10.128.0.0/14','futureNetwork':42}}}}");
        store().create("OpenShiftClusters", written);
        clusters("a").patch(key, d -> d.setBucket(3));
        ObjectNode read = store().read("OpenShiftClusters", "sub", "d1").orElseThrow();
        assertEquals(3, read.get("bucket").asInt());
        assertEquals(written.get("futureTopLevel"), read.get("futureTopLevel"));
        assertEquals("v", read.at("/openShiftCluster/futureCluster").asText());
        assertEquals(written.at("/openShiftCluster/properties/futureProperty"), read.at("/openShiftCluster/properties/futureProperty"));
        assertEquals(42, read.at("/openShiftCluster/properties/networkProfile/futureNetwork").asInt());
        assertEquals("10.128.0.0/14", read.at("/openShiftCluster/properties/networkProfile/podCidr").asText());
    }

    @Test
    default void secretsAreSealedInTheStoreAndOpenedOnRead() {
        String key = DatabaseContract.key("sub", "rg", "c");
        OpenShiftClusterDocument doc = cluster(key, ProvisioningState.CREATING);
        ClusterProfile profile = new ClusterProfile();
        profile.setPullSecret(Secret.of("{\"auths\":{\"registry\":\"very-secret-token\"}}"));
        doc.getOpenShiftCluster().getProperties().setClusterProfile(profile);
        doc.getOpenShiftCluster().getProperties().setKubeadminPassword(Secret.of("kubeadmin-pw"));
        clusters("a").create(doc);
        String raw = store().read("OpenShiftClusters", "sub", doc.getId()).orElseThrow().toString();
        assertFalse(raw.contains("very-secret-token") || raw.contains("kubeadmin-pw"), raw);
        OpenShiftClusterDocument read = clusters("b").get(key).orElseThrow();
        assertEquals("kubeadmin-pw", read.getOpenShiftCluster().getProperties().getKubeadminPassword().reveal());
        assertTrue(read.getOpenShiftCluster().getProperties().getClusterProfile().getPullSecret().reveal()
                .contains("very-secret-token"));
        assertNull(read.getOpenShiftCluster().getProperties().getSshKey());
    }
}
