package io.arorp.database.store;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;

/**
 * A store of JSON documents. Implemented by the Cosmos DB adapter (prod) and the embedded adapter (dev, test);
 * nothing above the {@code database} package sees which one it is.
 *
 * <p>Documents come back with the system fields {@code _etag} (changes on every write) and {@code _ts} (seconds of
 * the last write, server clock). Writes return the stored document. Refusals are {@link StoreException}s with the
 * Cosmos status (404, 409, 412, 400); an unreachable store is a {@link StoreUnavailableException}.
 */
public interface DocumentStore extends AutoCloseable {

    /** Creates the containers (and deploys their triggers) that do not exist yet; safe to call on every start. */
    void ensureContainers(List<ContainerSpec> containers);

    /** Fails with 409 if the id (within its partition) or a unique key is taken. */
    ObjectNode create(String container, ObjectNode document, String... preTriggers);

    Optional<ObjectNode> read(String container, String partitionKey, String id);

    /**
     * Replaces a document whole.
     *
     * @param ifMatch the {@code _etag} the caller read; null replaces unconditionally
     */
    ObjectNode replace(String container, ObjectNode document, String ifMatch, String... preTriggers);

    /** Creates or replaces unconditionally. */
    ObjectNode upsert(String container, ObjectNode document, String... preTriggers);

    /** @param ifMatch null deletes unconditionally */
    void delete(String container, String partitionKey, String id, String ifMatch);

    /**
     * One page of a query.
     *
     * @param partitionKey null for a cross-partition query
     * @param continuation null for the first page
     */
    Page query(String container, StoreQuery query, String partitionKey, String continuation, int maxItems);

    /**
     * The documents changed since {@code continuation} (null: since the container was created), oldest change first,
     * each document once in its latest version. Deletes are not reported, as in Cosmos.
     */
    Page changeFeed(String container, String continuation, int maxItems);

    /** Proves the store answers; throws {@link StoreUnavailableException} if it does not. */
    void ping();

    /** A short human-readable description for health output, never containing credentials. */
    String describe();

    @Override
    void close();
}
