package io.arorp.database.contract;

import io.arorp.api.ProvisioningState;
import io.arorp.database.Containers;
import io.arorp.database.LeaseOwner;
import io.arorp.database.OpenShiftClusters;
import io.arorp.database.store.embedded.EmbeddedDocumentStore;
import java.nio.file.Path;

/**
 * The RP process that dies in {@link EmbeddedCrashTest}: writes documents, leases one, writes under the lease,
 * says so on stdout, then waits to be killed without closing the store.
 */
public final class CrashChild implements DatabaseContract {
    private final EmbeddedDocumentStore store;

    private CrashChild(EmbeddedDocumentStore store) {
        this.store = store;
    }

    public static void main(String[] args) throws InterruptedException {
        EmbeddedDocumentStore store = EmbeddedDocumentStore.open(Path.of(args[0]));
        store.ensureContainers(Containers.ALL);
        new CrashChild(store).work(Integer.parseInt(args[1]));
        System.out.println("LEASED");
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }

    private void work(int others) {
        OpenShiftClusters clusters = new OpenShiftClusters(store, codec(), new LeaseOwner("child"));
        for (int i = 0; i < others; i++) {
            clusters.create(cluster(DatabaseContract.key("sub", "rg", "done" + i), ProvisioningState.SUCCEEDED));
        }
        clusters.create(cluster(EmbeddedCrashTest.KEY, ProvisioningState.CREATING));
        clusters.dequeue().orElseThrow();
        clusters.patchWithLease(EmbeddedCrashTest.KEY, d -> d.getOpenShiftCluster().getProperties()
                .setInfraId("written-under-lease"));
    }

    @Override
    public StoreFixture fixture() {
        throw new UnsupportedOperationException("the child only uses the document helpers");
    }

    @Override
    public io.arorp.database.store.DocumentStore store() {
        return store;
    }
}
