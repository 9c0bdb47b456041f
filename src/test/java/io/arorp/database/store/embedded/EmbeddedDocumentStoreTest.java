package io.arorp.database.store.embedded;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.arorp.database.store.StoreUnavailableException;
import java.nio.file.Files;
import java.nio.file.Path;
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

    @Test
    void aClosedStoreIsReportedUnavailable() {
        EmbeddedDocumentStore store = EmbeddedDocumentStore.open(dir.resolve("store.mv.db"));
        store.close();
        assertThrows(StoreUnavailableException.class, store::ping);
    }
}
