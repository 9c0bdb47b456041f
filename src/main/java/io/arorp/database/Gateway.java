package io.arorp.database;

import io.arorp.database.store.DocumentStore;

/** The Gateway container; the gateway follows it through the change feed (soft deletes via {@code deleting}). */
public final class Gateway extends IdPartitionedCollection<GatewayDocument> {
    public Gateway(DocumentStore store, DocumentCodec codec) {
        super(store, Containers.GATEWAY, codec, GatewayDocument.class);
    }
}
