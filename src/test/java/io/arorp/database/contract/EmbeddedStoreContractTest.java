package io.arorp.database.contract;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** The contract suite against the embedded store. */
class EmbeddedStoreContractTest implements CrudContract, QueryAndFeedContract, TtlAndTriggerContract, LeaseContract,
        ConcurrencyContract, CollectionContract, OtherCollectionsContract {
    @TempDir
    Path dir;
    private EmbeddedFixture fixture;

    @BeforeEach
    void open() {
        fixture = new EmbeddedFixture(dir.resolve("store.mv.db"));
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
