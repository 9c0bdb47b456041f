package io.arorp.database.store;

/**
 * A store of JSON documents. Implemented by the Cosmos DB adapter (prod) and the embedded adapter (dev, test);
 * nothing above the {@code database} package sees which one it is.
 */
public interface DocumentStore extends AutoCloseable {

    /** Proves the store answers; throws {@link StoreUnavailableException} if it does not. */
    void ping();

    /** A short human-readable description for health output, never containing credentials. */
    String describe();

    @Override
    void close();
}
