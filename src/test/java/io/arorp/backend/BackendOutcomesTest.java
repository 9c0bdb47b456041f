package io.arorp.backend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.arorp.api.AsyncOperation;
import io.arorp.api.CloudErrorBody;
import io.arorp.api.OpenShiftClusterProperties;
import io.arorp.api.ProvisioningState;
import io.arorp.api.Subscription;
import io.arorp.api.SubscriptionState;
import io.arorp.database.OpenShiftClusterDocument;
import io.arorp.database.SubscriptionDocument;
import io.arorp.database.Subscriptions;
import io.arorp.env.kube.KubeconfigClusterClients;
import io.arorp.env.sim.cloud.Fault;
import io.kubernetes.client.openapi.apis.CustomObjectsApi;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The backend's less travelled endings, each against the real store, simulated cloud and simulated clusters: a
 * document dequeued too often, a condition that never holds, and a deleted subscription taking its clusters along.
 */
class BackendOutcomesTest {
    private static final Duration LONG = Duration.ofSeconds(60);

    @Test
    void aClusterDequeuedTooOftenFailsWithoutRunningAStep(@TempDir Path dir) throws Exception {
        try (BackendFixture f = new BackendFixture(dir)) {
            OpenShiftClusterDocument doc = f.enqueueCreate("crashy");
            var stored = f.store.read("OpenShiftClusters", doc.getPartitionKey(), doc.getId()).orElseThrow();
            stored.put("dequeues", 5); // five workers died on it already
            f.store.replace("OpenShiftClusters", stored, stored.get("_etag").asText());
            f.dispatcher("a", Duration.ofMillis(200), () -> false).wake();
            f.await(doc.getKey(), ProvisioningState.FAILED, LONG);

            OpenShiftClusterDocument failed = f.clusters("r").get(doc.getKey()).orElseThrow();
            OpenShiftClusterProperties p = failed.getOpenShiftCluster().getProperties();
            assertEquals(ProvisioningState.CREATING, p.getFailedProvisioningState());
            assertEquals(6, failed.getDequeues(), "a failure keeps the count");
            assertEquals("", failed.getLeaseOwner());
            AsyncOperation op = f.operation(doc.getAsyncOperationId());
            assertEquals(ProvisioningState.FAILED, op.getStatus());
            assertEquals(new CloudErrorBody("InternalServerError", "Internal server error.", null, null), op.getError());
            assertTrue(f.steps.isEmpty(), "no step ran: " + f.steps);
            assertEquals(0, f.cloud.calls().count("installer.install"));
        }
    }

    @Test
    void aConditionThatNeverHoldsFailsTheOperationWithItsErrorWhenItTimesOut(@TempDir Path dir) throws Exception {
        try (BackendFixture f = new BackendFixture(dir)) {
            OpenShiftClusterDocument doc = f.enqueueCreate("stuck");
            f.dispatcher("a", Duration.ofMillis(100), () -> false).wake();
            f.await(doc.getKey(), ProvisioningState.SUCCEEDED, LONG);
            OpenShiftClusterDocument installed = f.clusters("r").get(doc.getKey()).orElseThrow();
            new CustomObjectsApi(new KubeconfigClusterClients(Duration.ofSeconds(10)).client(installed
                    .getOpenShiftCluster().getProperties().getAdminKubeconfig())).deleteClusterCustomObject(
                            "config.openshift.io", "v1", "clusteroperators", "kube-apiserver").execute();
            // the API server's operator will never report Available again

            f.enqueue(doc.getKey(), ProvisioningState.UPDATING);
            String operationId = f.clusters("r").get(doc.getKey()).orElseThrow().getAsyncOperationId();
            f.dispatchers.get(0).wake();
            f.awaitStep(doc.getKey(), "apiServersReady");
            for (int i = 0; i < 70 && f.state(doc.getKey()) == ProvisioningState.UPDATING; i++) {
                f.clock.advance(Duration.ofSeconds(30)); // past the condition's 30 minutes, heartbeats keeping up
                Thread.sleep(200);
            }
            f.await(doc.getKey(), ProvisioningState.FAILED, LONG);

            assertEquals(ProvisioningState.UPDATING, f.clusters("r").get(doc.getKey()).orElseThrow()
                    .getOpenShiftCluster().getProperties().getFailedProvisioningState());
            AsyncOperation op = f.operation(operationId);
            assertEquals(ProvisioningState.FAILED, op.getStatus());
            assertEquals(new CloudErrorBody("DeploymentFailed", "Kube API has not initialised successfully and "
                    + "is unavailable. Please retry, and if the issue persists, raise an Azure support ticket", null,
                    null), op.getError());
            assertEquals(ProvisioningState.FAILED, new io.arorp.database.AsyncOperations(f.store, f.codec)
                    .get(operationId).orElseThrow().getOpenShiftCluster().getProperties().getProvisioningState());
        }
    }

    @Test
    void aDeletedSubscriptionDeletesEveryClusterOfItOnceNoneIsMidOperation(@TempDir Path dir) throws Exception {
        try (BackendFixture f = new BackendFixture(dir)) {
            Dispatcher d = f.dispatcher("a", Duration.ofMillis(200), () -> false);
            String done = f.enqueueCreate("done").getKey();
            d.wake();
            f.await(done, ProvisioningState.SUCCEEDED, LONG);
            f.cloud.calls().inject(Fault.error("deployments.deploy", "aro-broken", 400, "DeploymentFailed", "boom"));
            String broken = f.enqueueCreate("broken").getKey();
            d.wake();
            f.await(broken, ProvisioningState.FAILED, LONG);
            String holdId = f.cloud.calls().inject(Fault.holding("installer.install", "busy"));
            String busy = f.enqueueCreate("busy").getKey();
            d.wake();
            f.awaitStep(busy, "runInstaller");

            Subscriptions subscriptions = new Subscriptions(f.store, f.codec, new io.arorp.database.LeaseOwner("fe"));
            // what the frontend does on ARM's PUT of the Deleted state (the fixture registered the subscription)
            subscriptions.patch(BackendFixture.SUBSCRIPTION, doc -> {
                doc.getSubscription().setState(SubscriptionState.DELETED);
                doc.setDeleting(true);
            });
            d.wake();
            BackendFixture.awaitTrue(() -> f.clusters("r").get(done).isEmpty() && f.clusters("r").get(broken).isEmpty());
            assertTrue(subscriptions.get(BackendFixture.SUBSCRIPTION).orElseThrow().isDeleting(),
                    "a cluster mid-create keeps the subscription's deletion going");
            assertFalse(f.cloud.all().stream().anyMatch(r -> r.id().toLowerCase().contains("/resourcegroups/aro-done")),
                    "the managed resource group is gone");

            f.cloud.calls().remove(holdId);
            f.await(busy, ProvisioningState.SUCCEEDED, LONG);
            f.clock.advance(Duration.ofSeconds(601)); // the subscription's retry-later lapses
            d.wake();
            BackendFixture.awaitTrue(() -> f.clusters("r").get(busy).isEmpty());
            BackendFixture.awaitTrue(() -> !subscriptions.get(BackendFixture.SUBSCRIPTION).orElseThrow().isDeleting());
        }
    }
}
