package io.arorp.env.sim.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.gson.reflect.TypeToken;
import io.kubernetes.client.openapi.ApiClient;
import io.kubernetes.client.openapi.ApiException;
import io.kubernetes.client.openapi.apis.CoreV1Api;
import io.kubernetes.client.openapi.models.V1ConfigMap;
import io.kubernetes.client.openapi.models.V1ObjectMeta;
import io.kubernetes.client.util.Watch;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** client-java's own Watch over the bridge: HTTP chunked events, resourceVersion semantics, prompt delivery. */
class SimulatedClusterWatchTest {
    private static final String NAMESPACE = "openshift-azure-operator";
    private static ScheduledExecutorService timer;
    private static SimulatedCluster cluster;

    @BeforeAll
    static void start() throws IOException {
        timer = TestClusters.timer();
        cluster = SimulatedCluster.create("watch", TestClusters.seed("watch", 1), TestClusters.shared(timer));
    }

    @AfterAll
    static void stop() {
        cluster.close();
        timer.shutdownNow();
    }

    @Test
    void aWatchFromAListedResourceVersionSeesOnlyLaterChangesInOrder() throws Exception {
        ApiClient client = watchClient();
        CoreV1Api core = new CoreV1Api(client);
        core.createNamespacedConfigMap(NAMESPACE, configMap("before", "0")).execute();
        String listed = core.listNamespacedConfigMap(NAMESPACE).execute().getMetadata().getResourceVersion();

        try (Watch<V1ConfigMap> watch = watch(client, listed)) {
            core.createNamespacedConfigMap(NAMESPACE, configMap("after", "1")).execute();
            V1ConfigMap current = core.readNamespacedConfigMap("after", NAMESPACE).execute();
            core.replaceNamespacedConfigMap("after", NAMESPACE, current.data(Map.of("value", "2"))).execute();
            core.deleteNamespacedConfigMap("after", NAMESPACE).execute();

            assertEvent(watch.next(), "ADDED", "after", "1"); // "before" is not replayed: it predates `listed`
            assertEvent(watch.next(), "MODIFIED", "after", "2");
            assertEvent(watch.next(), "DELETED", "after", "2");
        }
    }

    @Test
    void aWatchDeliversAnUpdatePromptly() throws Exception {
        ApiClient client = watchClient();
        CoreV1Api core = new CoreV1Api(client);
        V1ConfigMap created = core.createNamespacedConfigMap(NAMESPACE, configMap("prompt", "0")).execute();
        try (Watch<V1ConfigMap> watch = watch(client, created.getMetadata().getResourceVersion())) {
            long sent = System.nanoTime();
            core.replaceNamespacedConfigMap("prompt", NAMESPACE, created.data(Map.of("value", "1"))).execute();
            Watch.Response<V1ConfigMap> event = watch.next();
            long millis = (System.nanoTime() - sent) / 1_000_000;
            assertEvent(event, "MODIFIED", "prompt", "1");
            System.out.println("watch: update to event " + millis + " ms (including the update's own round trip)");
        }
    }

    private static Watch<V1ConfigMap> watch(ApiClient client, String resourceVersion) throws ApiException {
        return Watch.createWatch(client, new CoreV1Api(client).listNamespacedConfigMap(NAMESPACE).watch(true)
                        .resourceVersion(resourceVersion).timeoutSeconds(30).buildCall(null),
                new TypeToken<Watch.Response<V1ConfigMap>>() { }.getType());
    }

    /** A client whose calls may block as long as a watch does (client-java's convention for watches). */
    private static ApiClient watchClient() {
        ApiClient client = TestClusters.client(cluster);
        client.setReadTimeout(0);
        return client;
    }

    private static V1ConfigMap configMap(String name, String value) {
        return new V1ConfigMap().metadata(new V1ObjectMeta().name(name)).data(Map.of("value", value));
    }

    private static void assertEvent(Watch.Response<V1ConfigMap> event, String type, String name, String value) {
        assertEquals(type, event.type);
        assertEquals(name, event.object.getMetadata().getName());
        assertEquals(value, event.object.getData().get("value"));
    }
}
