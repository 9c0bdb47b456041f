package io.arorp.database;

import io.arorp.database.store.DocumentStore;

/** The Portal container: grants that vanish when their {@code ttl} runs out. */
public final class Portal extends IdPartitionedCollection<PortalDocument> {
    public Portal(DocumentStore store, DocumentCodec codec) {
        super(store, Containers.PORTAL, codec, PortalDocument.class);
    }
}
