package io.arorp.database.contract;

import io.arorp.database.Containers;
import io.arorp.database.store.DocumentStore;
import io.arorp.database.store.embedded.EmbeddedDocumentStore;
import java.nio.file.Path;
import java.time.Duration;

/** A fresh embedded store in a file of its own, on a clock the test moves. */
public final class EmbeddedFixture implements StoreFixture {
    private final TestClock clock = new TestClock();
    private final EmbeddedDocumentStore store;

    public EmbeddedFixture(Path file) {
        this.store = EmbeddedDocumentStore.open(file, clock);
        store.ensureContainers(Containers.ALL);
    }

    @Override
    public DocumentStore store() {
        return store;
    }

    @Override
    public void advance(Duration by) {
        clock.advance(by);
    }

    @Override
    public long nowMillis() {
        return clock.millis();
    }

    @Override
    public void close() {
        store.close();
    }
}
