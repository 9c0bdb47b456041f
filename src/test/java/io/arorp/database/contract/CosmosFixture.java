package io.arorp.database.contract;

import io.arorp.database.Containers;
import io.arorp.database.store.DocumentStore;
import io.arorp.database.store.cosmos.CosmosDocumentStore;
import java.time.Duration;
import java.util.UUID;

/** A fresh database (with the RP's containers and triggers) on the shared Cosmos test server. */
public final class CosmosFixture implements StoreFixture {
    private final CosmosTestServer server;
    private final String database = "test-" + UUID.randomUUID();
    private final CosmosDocumentStore store;

    public CosmosFixture(CosmosTestServer server) {
        this.server = server;
        this.store = new CosmosDocumentStore(server.client(), database, false, "cosmos:" + server.endpoint());
        store.ensureContainers(Containers.ALL);
    }

    @Override
    public DocumentStore store() {
        return store;
    }

    @Override
    public void advance(Duration by) {
        server.advance(by);
    }

    @Override
    public long nowMillis() {
        return server.advance(Duration.ZERO);
    }

    @Override
    public void close() {
        server.client().getDatabase(database).delete();
        store.close();
    }
}
