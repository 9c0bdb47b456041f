package io.arorp.database.store.embedded;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.arorp.database.store.ContainerSpec;
import io.arorp.database.store.Fields;
import io.arorp.database.store.Page;
import io.arorp.database.store.StoreQuery;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded store's shortcuts (unique-key lookups, summaries of indexed paths) must answer exactly what a full
 * scan answers, also right after writes that move a document in or out of a query and after a restart with a
 * store file written before the index existed.
 */
class EmbeddedIndexTest {
    private static final ContainerSpec PLAIN = new ContainerSpec("Things", "/partitionKey", List.of("/key"), null,
            List.of());
    private static final ContainerSpec INDEXED = PLAIN.indexing("status.state", "lease");
    private static final StoreQuery BY_KEY = StoreQuery.of("SELECT * FROM Things doc WHERE doc.key = @key",
            (d, p, now) -> Objects.equals(Fields.text(d, "key"), p.get("@key"))).lookingUp("key", "@key");
    private static final StoreQuery WAITING = StoreQuery.of("SELECT * FROM Things doc WHERE doc.status.state = "
            + "\"Waiting\" AND (doc.lease ?? 0) < 10", (d, p, now) -> "Waiting".equals(Fields.text(d, "status",
                    "state")) && Fields.number(d, 0, "lease") < 10).reading("status.state", "lease");

    @TempDir
    Path dir;

    @Test
    void aUniqueKeyLookupFindsTheDocumentAndFollowsItsChanges() {
        try (EmbeddedDocumentStore store = open(INDEXED)) {
            store.create("Things", thing("1", "a", "Waiting", 0));
            store.create("Things", thing("2", "b", "Waiting", 0));
            assertEquals(List.of("1"), ids(store.query("Things", BY_KEY.with("@key", "a"), "p", null, 10)));
            assertEquals(List.of(), ids(store.query("Things", BY_KEY.with("@key", "zzz"), "p", null, 10)));
            assertEquals(List.of(), ids(store.query("Things", BY_KEY.with("@key", "a"), "other", null, 10)));

            ObjectNode moved = store.read("Things", "p", "1").orElseThrow();
            moved.put("key", "c");
            store.replace("Things", moved, moved.get("_etag").asText());
            assertEquals(List.of(), ids(store.query("Things", BY_KEY.with("@key", "a"), "p", null, 10)));
            assertEquals(List.of("1"), ids(store.query("Things", BY_KEY.with("@key", "c"), "p", null, 10)));

            store.delete("Things", "p", "1", null);
            assertEquals(List.of(), ids(store.query("Things", BY_KEY.with("@key", "c"), "p", null, 10)));
        }
    }

    @Test
    void aReaderNeverMissesADocumentWhileItIsReplaced() throws Exception {
        try (EmbeddedDocumentStore store = open(INDEXED)) {
            store.create("Things", thing("1", "a", "Waiting", 0));
            java.util.concurrent.atomic.AtomicBoolean writing = new java.util.concurrent.atomic.AtomicBoolean(true);
            Thread writer = new Thread(() -> {
                for (int i = 0; i < 1000; i++) {
                    ObjectNode doc = store.read("Things", "p", "1").orElseThrow();
                    doc.put("lease", i % 5);
                    store.replace("Things", doc, null);
                }
                writing.set(false);
            });
            writer.start();
            int misses = 0;
            int reads = 0;
            while (writing.get()) {
                reads++;
                if (store.query("Things", BY_KEY.with("@key", "a"), "p", null, 10).items().isEmpty()) {
                    misses++;
                }
                if (store.query("Things", WAITING, null, null, 10).items().isEmpty()) {
                    misses++;
                }
            }
            writer.join();
            assertEquals(0, misses, "of " + reads + " reads");
        }
    }

    @Test
    void aCoveredQueryAnswersLikeAScanAndPagesTheSame() {
        try (EmbeddedDocumentStore store = open(INDEXED)) {
            for (int i = 0; i < 25; i++) {
                store.create("Things", thing("id" + (100 + i), "k" + i, i % 3 == 0 ? "Done" : "Waiting", i % 5));
            }
            ObjectNode leased = store.read("Things", "p", "id101").orElseThrow();
            leased.put("lease", 99);
            store.replace("Things", leased, null);
            ObjectNode finished = store.read("Things", "p", "id102").orElseThrow();
            finished.with("status").put("state", "Done");
            store.replace("Things", finished, null);

            List<String> covered = all(store, WAITING);
            List<String> scanned = all(store, new StoreQuery(WAITING.sql(), WAITING.parameters(), WAITING.matcher(),
                    List.of()));
            assertEquals(scanned, covered);
            assertEquals(14, covered.size(), covered.toString());
            assertTrue(!covered.contains("id101") && !covered.contains("id102"), covered.toString());
        }
    }

    @Test
    void aStoreWrittenWithoutTheIndexGetsItAtTheNextStart() {
        try (EmbeddedDocumentStore store = open(PLAIN)) {
            store.create("Things", thing("1", "a", "Waiting", 0));
            store.create("Things", thing("2", "b", "Done", 0));
        }
        try (EmbeddedDocumentStore store = open(INDEXED)) {
            assertEquals(List.of("1"), all(store, WAITING));
            store.create("Things", thing("3", "c", "Waiting", 0));
            assertEquals(List.of("1", "3"), all(store, WAITING));
        }
    }

    @Test
    void summariesKeepOnlyTheIndexedPathsWithTheirNesting() {
        ObjectNode doc = thing("1", "a", "Waiting", 7);
        doc.put("_ts", 5);
        ObjectNode summary = Summaries.of(doc, List.of("status.state", "lease", "missing.path"));
        assertEquals("{\"_ts\":5,\"status\":{\"state\":\"Waiting\"},\"lease\":7}", summary.toString());
        assertNull(summary.get("key"));
    }

    private EmbeddedDocumentStore open(ContainerSpec spec) {
        EmbeddedDocumentStore store = EmbeddedDocumentStore.open(dir.resolve("store.mv.db"));
        store.ensureContainers(List.of(spec));
        return store;
    }

    private static List<String> all(EmbeddedDocumentStore store, StoreQuery query) {
        List<String> ids = new java.util.ArrayList<>();
        String continuation = null;
        do {
            Page page = store.query("Things", query, null, continuation, 4);
            ids.addAll(ids(page));
            continuation = page.continuation();
        } while (continuation != null);
        return ids;
    }

    private static List<String> ids(Page page) {
        return page.items().stream().map(d -> d.get("id").asText()).collect(Collectors.toList());
    }

    private static ObjectNode thing(String id, String key, String state, int lease) {
        ObjectNode doc = JsonNodeFactory.instance.objectNode();
        doc.put("id", id);
        doc.put("partitionKey", "p");
        doc.put("key", key);
        doc.putObject("status").put("state", state).put("detail", "x".repeat(100));
        doc.put("lease", lease);
        return doc;
    }
}
