package io.arorp.database.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.arorp.database.store.Fields;
import io.arorp.database.store.Page;
import io.arorp.database.store.StoreQuery;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Queries (partition-scoped and cross-partition, paged, projected) and the change feed with continuations. */
public interface QueryAndFeedContract extends StoreContract {
    String CLUSTERS = "OpenShiftClusters";
    StoreQuery BY_COLOUR = StoreQuery.of("SELECT * FROM OpenShiftClusters doc WHERE doc.colour = @colour",
            (d, p, now) -> p.get("@colour").equals(Fields.text(d, "colour")));

    private void seed(int n) {
        for (int i = 0; i < n; i++) {
            store().create(CLUSTERS, doc("{'id':'d" + i + "','partitionKey':'s" + (i % 3) + "','key':'k" + i
                    + "','clientIdKey':'c" + i + "','clusterResourceGroupIdKey':'r" + i + "','colour':'"
                    + (i % 2 == 0 ? "red" : "blue") + "','bucket':" + i + "}"));
        }
    }

    private Set<String> ids(List<ObjectNode> docs) {
        Set<String> ids = new TreeSet<>();
        docs.forEach(d -> ids.add(d.get("id").asText()));
        return ids;
    }

    @Test
    default void aQueryFiltersAcrossPartitionsOrWithinOne() {
        seed(12);
        StoreQuery red = BY_COLOUR.with("@colour", "red");
        assertEquals(Set.of("d0", "d2", "d4", "d6", "d8", "d10"), ids(store().query(CLUSTERS, red, null, null, 100).items()));
        assertEquals(Set.of("d0", "d6"), ids(store().query(CLUSTERS, red, "s0", null, 100).items()));
    }

    @Test
    default void pagesFollowContinuationsToTheEndWithoutRepeats() {
        seed(11);
        StoreQuery red = BY_COLOUR.with("@colour", "red");
        for (String partition : new String[] {null, "s1"}) {
            List<ObjectNode> all = new ArrayList<>();
            String continuation = null;
            int pages = 0;
            do {
                Page page = store().query(CLUSTERS, red, partition, continuation, 2);
                assertTrue(page.items().size() <= 2);
                all.addAll(page.items());
                continuation = page.continuation();
                pages++;
            } while (continuation != null && pages < 20);
            assertNull(continuation, "paging ends");
            Set<String> expected = partition == null ? Set.of("d0", "d2", "d4", "d6", "d8", "d10") : Set.of("d4", "d10");
            assertEquals(expected, ids(all));
            assertEquals(expected.size(), all.size(), "no document twice");
        }
    }

    @Test
    default void aProjectionReturnsOnlyTheSelectedFields() {
        seed(2);
        StoreQuery ids = StoreQuery.of("SELECT doc.id, doc.key, doc.bucket FROM OpenShiftClusters doc "
                + "WHERE doc.colour = @colour", (d, p, now) -> p.get("@colour").equals(Fields.text(d, "colour")))
                .with("@colour", "red").project("id", "key", "bucket");
        List<ObjectNode> items = store().query(CLUSTERS, ids, null, null, 10).items();
        assertEquals(List.of(doc("{'id':'d0','key':'k0','bucket':0}")), items);
    }

    @Test
    default void theChangeFeedListsEachChangedDocumentOnceInItsLatestVersion() {
        seed(5);
        Page first = store().changeFeed(CLUSTERS, null, 3);
        assertEquals(3, first.items().size());
        Page second = store().changeFeed(CLUSTERS, first.continuation(), 3);
        Set<String> seen = new HashSet<>(ids(first.items()));
        seen.addAll(ids(second.items()));
        assertEquals(Set.of("d0", "d1", "d2", "d3", "d4"), seen);
        assertEquals(5, first.items().size() + second.items().size());

        Page empty = store().changeFeed(CLUSTERS, second.continuation(), 10);
        assertTrue(empty.items().isEmpty());
        assertNotNull(empty.continuation());

        ObjectNode d1 = store().read(CLUSTERS, "s1", "d1").orElseThrow();
        store().replace(CLUSTERS, d1.put("colour", "green"), null);
        store().replace(CLUSTERS, d1.put("colour", "purple"), null);
        Page changed = store().changeFeed(CLUSTERS, empty.continuation(), 10);
        assertEquals(1, changed.items().size(), "one entry per document, not per write");
        assertEquals("purple", changed.items().get(0).get("colour").asText());
        assertTrue(store().changeFeed(CLUSTERS, changed.continuation(), 10).items().isEmpty());
    }

    @Test
    default void theChangeFeedFromTheBeginningStartsWithTheOldestChange() {
        seed(3);
        ObjectNode d0 = store().read(CLUSTERS, "s0", "d0").orElseThrow();
        store().replace(CLUSTERS, d0.put("colour", "green"), null);
        List<String> order = new ArrayList<>();
        store().changeFeed(CLUSTERS, null, 10).items().forEach(d -> order.add(d.get("id").asText()));
        assertEquals(List.of("d1", "d2", "d0"), order);
    }
}
