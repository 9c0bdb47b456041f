package io.arorp.database.store.embedded;

import io.arorp.database.store.DocumentStore;
import io.arorp.database.store.StoreUnavailableException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

/**
 * Embedded store on H2's MVStore: a single crash-safe file (copy-on-write pages, atomic commits), pure Java and
 * maintained, so dev needs no database server. H2's SQL layer is not used: documents are JSON values in maps.
 */
public final class EmbeddedDocumentStore implements DocumentStore {
    private static final String META = "meta";

    private final Path file;
    private final MVStore store;

    private EmbeddedDocumentStore(Path file, MVStore store) {
        this.file = file;
        this.store = store;
    }

    /** Opens (or creates) the store file; a second process on the same file fails fast with a clear message. */
    public static EmbeddedDocumentStore open(Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the directory of the embedded store " + file, e);
        }
        try {
            MVStore store = new MVStore.Builder().fileName(file.toString()).autoCommitDisabled().open();
            MVMap<String, String> meta = store.openMap(META);
            meta.putIfAbsent("format", "1");
            store.commit();
            return new EmbeddedDocumentStore(file, store);
        } catch (RuntimeException e) {
            throw new StoreUnavailableException("cannot open the embedded store " + file
                    + " (is another RP process using it?): " + e.getMessage(), e);
        }
    }

    @Override
    public void ping() {
        if (store.isClosed()) {
            throw new StoreUnavailableException("the embedded store " + file + " is closed", null);
        }
        try {
            MVMap<String, String> meta = store.openMap(META);
            if (meta.get("format") == null) {
                throw new StoreUnavailableException("the embedded store " + file + " lost its format marker", null);
            }
        } catch (IllegalStateException e) {
            throw new StoreUnavailableException("the embedded store " + file + " failed: " + e.getMessage(), e);
        }
    }

    @Override
    public String describe() {
        return "embedded:" + file;
    }

    @Override
    public void close() {
        if (!store.isClosed()) {
            store.close();
        }
    }
}
