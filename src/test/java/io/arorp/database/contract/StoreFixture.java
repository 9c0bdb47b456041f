package io.arorp.database.contract;

import io.arorp.database.store.DocumentStore;
import java.time.Duration;

/** One adapter under contract: a fresh store with the RP's containers, and a way to move the store's clock. */
public interface StoreFixture extends AutoCloseable {
    DocumentStore store();

    /** Moves the server-side clock (lease expiry, TTL, triggers, {@code GetCurrentTimestamp()}) forward. */
    void advance(Duration by);

    /** The store's current time in milliseconds, as its triggers and queries see it. */
    long nowMillis();

    @Override
    void close();
}
