package io.arorp.env.sim.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubernetes.client.openapi.ApiClient;
import io.kubernetes.client.openapi.ApiException;
import io.kubernetes.client.openapi.apis.CoreV1Api;
import io.kubernetes.client.openapi.apis.CustomObjectsApi;
import io.kubernetes.client.openapi.models.V1ConfigMap;
import io.kubernetes.client.openapi.models.V1Node;
import io.kubernetes.client.openapi.models.V1ObjectMeta;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SimulatedClusterTest {
    private static ScheduledExecutorService timer;
    private static SimulatedCluster cluster;
    private static ApiClient client;

    @BeforeAll
    static void start() throws Exception {
        timer = TestClusters.timer();
        cluster = SimulatedCluster.create("c1", TestClusters.seed("dev", 3), TestClusters.shared(timer));
        client = TestClusters.client(cluster);
    }

    @AfterAll
    static void stop() {
        cluster.close();
        timer.shutdownNow();
    }

    @Test
    void listsThreeMastersAndTheWorkersAllReady() throws ApiException {
        List<V1Node> nodes = new CoreV1Api(client).listNode().execute().getItems();
        assertEquals(6, nodes.size());
        assertEquals(3, new CoreV1Api(client).listNode().labelSelector("node-role.kubernetes.io/master").execute().getItems().size());
        for (V1Node node : nodes) {
            assertTrue(node.getStatus().getConditions().stream()
                    .anyMatch(c -> c.getType().equals("Ready") && c.getStatus().equals("True")), node.getMetadata().getName());
        }
    }

    @Test
    void configMapCreateGetDeleteAndMissingIs404WithStatus() throws ApiException {
        CoreV1Api core = new CoreV1Api(client);
        V1ConfigMap created = core.createNamespacedConfigMap("openshift-config",
                new V1ConfigMap().metadata(new V1ObjectMeta().name("probe")).data(Map.of("k", "v"))).execute();
        assertNotNull(created.getMetadata().getUid());
        assertEquals("v", core.readNamespacedConfigMap("probe", "openshift-config").execute().getData().get("k"));
        core.deleteNamespacedConfigMap("probe", "openshift-config").execute();
        ApiException missing = assertThrows(ApiException.class,
                () -> core.readNamespacedConfigMap("probe", "openshift-config").execute());
        assertEquals(404, missing.getCode());
        assertTrue(missing.getResponseBody().contains("\"reason\":\"NotFound\""), missing.getResponseBody());
    }

    @Test
    @SuppressWarnings("unchecked")
    void clusterVersionIsAvailableAtTheSeededVersion() throws ApiException {
        Map<String, Object> version = (Map<String, Object>) new CustomObjectsApi(client)
                .getClusterCustomObject("config.openshift.io", "v1", "clusterversions", "version").execute();
        Map<String, Object> status = (Map<String, Object>) version.get("status");
        assertEquals("4.15.35", ((Map<String, Object>) status.get("desired")).get("version"));
    }
}
