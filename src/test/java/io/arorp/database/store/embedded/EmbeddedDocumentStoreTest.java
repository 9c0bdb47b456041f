package io.arorp.database.store.embedded;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.arorp.database.store.ContainerSpec;
import io.arorp.database.store.StoreUnavailableException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedDocumentStoreTest {
    @TempDir
    Path dir;

    @Test
    void opensAFileThatSurvivesReopening() {
        Path file = dir.resolve("nested/store.mv.db");
        try (EmbeddedDocumentStore store = EmbeddedDocumentStore.open(file)) {
            store.ping();
        }
        assertTrue(Files.exists(file));
        try (EmbeddedDocumentStore store = EmbeddedDocumentStore.open(file)) {
            store.ping();
            assertTrue(store.describe().endsWith("store.mv.db"));
        }
    }

    @Test
    void aSecondProcessOnTheSameFileFailsFastInsteadOfCorruptingIt() {
        Path file = dir.resolve("store.mv.db");
        try (EmbeddedDocumentStore first = EmbeddedDocumentStore.open(file)) {
            StoreUnavailableException e = assertThrows(StoreUnavailableException.class,
                    () -> EmbeddedDocumentStore.open(file));
            assertTrue(e.getMessage().contains("another RP process"), e.getMessage());
            first.ping();
        }
    }

    /**
     * Every write is a commit, and MVStore appends each commit as a new chunk: the file stays bounded only if chunks
     * whose data is all dead are reused soon. Rewriting 100 documents of 12 KB for eight seconds, the file must stop
     * growing once the first old versions can be overwritten (H2's default kept 45 s of chunks: it grew by about
     * twice what was written, without end).
     */
    @Test
    void rewritingTheSameDocumentsReusesTheSpaceOfTheirOldVersions() throws Exception {
        // Two rounds of rewrites of the same 100 documents, a pause between: the second round must find the space
        // of the first round's dead versions free. Counted in writes, not time, so a slow machine only slows it; with
        // H2's default chunk retention (45 s) the second round appended to the file like the first.
        Path file = dir.resolve("store.mv.db");
        String padding = "x".repeat(12_000);
        int writesPerRound = 4_000;
        long bytesPerRound = (long) writesPerRound * padding.length();
        try (EmbeddedDocumentStore store = EmbeddedDocumentStore.open(file)) {
            store.ensureContainers(List.of(new ContainerSpec("Things", "/partitionKey", List.of(), null, List.of())));
            rewrite(store, padding, writesPerRound);
            Thread.sleep(3_000); // longer than the retention time: the first round's versions are dead and free
            long sizeAfterFirst = Files.size(file);
            rewrite(store, padding, writesPerRound);
            long growth = Files.size(file) - sizeAfterFirst;
            assertTrue(growth < bytesPerRound / 2, "the file grew by " + growth + " bytes while " + bytesPerRound
                    + " bytes of new versions replaced 1.2 MB of live documents: old versions' space is not reused");
        }
    }

    private static void rewrite(EmbeddedDocumentStore store, String padding, int writes) {
        for (int i = 0; i < writes; i++) {
            store.upsert("Things", JsonNodeFactory.instance.objectNode().put("id", "d" + (i % 100))
                    .put("partitionKey", "p").put("n", i).put("padding", padding));
        }
    }

    @Test
    void aClosedStoreIsReportedUnavailable() {
        EmbeddedDocumentStore store = EmbeddedDocumentStore.open(dir.resolve("store.mv.db"));
        store.close();
        assertThrows(StoreUnavailableException.class, store::ping);
    }
}
