package io.arorp.database.contract;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

/** The contract suite against the real azure-cosmos SDK and the Cosmos-compatible test server. */
@ExtendWith(CosmosServerExtension.class)
class CosmosStoreContractTest implements CrudContract, QueryAndFeedContract, TtlAndTriggerContract, LeaseContract,
        ConcurrencyContract, CollectionContract, OtherCollectionsContract {
    private CosmosFixture fixture;

    @BeforeEach
    void open(CosmosTestServer server) {
        fixture = new CosmosFixture(server);
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Override
    public StoreFixture fixture() {
        return fixture;
    }
}
