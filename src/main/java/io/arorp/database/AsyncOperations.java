package io.arorp.database;

import io.arorp.database.store.DocumentStore;
import java.util.Optional;

/** The AsyncOperations container (partition = id; documents expire after 7 days). */
public final class AsyncOperations {
    private final DocumentCollection<AsyncOperationDocument> c;

    public AsyncOperations(DocumentStore store, DocumentCodec codec) {
        this.c = new DocumentCollection<>(store, Containers.ASYNC_OPERATIONS, codec, AsyncOperationDocument.class);
    }

    public AsyncOperationDocument create(AsyncOperationDocument doc) {
        if (doc.getOpenShiftClusterKey() != null) {
            Keys.requireLower(doc.getOpenShiftClusterKey());
        }
        return c.create(doc);
    }

    public Optional<AsyncOperationDocument> get(String id) {
        return c.get(id, id);
    }

    public AsyncOperationDocument patch(String id, Mutation<AsyncOperationDocument> mutation) {
        return c.patch(() -> get(id).orElseThrow(
                () -> new DocumentNotFoundException("async operation " + id + " does not exist")), mutation);
    }
}
