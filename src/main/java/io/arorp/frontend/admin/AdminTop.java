package io.arorp.frontend.admin;

import io.arorp.frontend.action.ArmResult;
import io.kubernetes.client.custom.Quantity;
import io.kubernetes.client.openapi.ApiClient;
import io.kubernetes.client.openapi.ApiException;
import io.kubernetes.client.openapi.apis.CoreV1Api;
import io.kubernetes.client.openapi.models.V1Node;
import io.kubernetes.client.util.generic.KubernetesApiResponse;
import io.kubernetes.client.util.generic.dynamic.DynamicKubernetesApi;
import io.kubernetes.client.util.generic.dynamic.DynamicKubernetesListObject;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code kubectl top} for SREs: CPU (millicores) and memory (bytes) in use per node or per pod from the metrics API,
 * with the share of the node's allocatable capacity, so an overloaded node shows at a glance.
 */
@ApplicationScoped
public class AdminTop {
    private AdminCluster cluster;

    @Inject
    public AdminTop(AdminCluster cluster) {
        this.cluster = cluster;
    }

    protected AdminTop() {
    }

    public ArmResult nodes(String resourceId) {
        ApiClient client = cluster.kube(cluster.document(resourceId));
        Map<String, V1Node> nodes = nodes(client);
        List<Map<String, Object>> out = new ArrayList<>();
        for (var metrics : list(client, "nodes", null).getItems()) {
            var raw = metrics.getRaw();
            String name = metrics.getMetadata().getName();
            out.add(usage(Map.of("nodeName", name), raw.getAsJsonObject("usage").get("cpu").getAsString(),
                    raw.getAsJsonObject("usage").get("memory").getAsString(), nodes.get(name)));
        }
        return ArmResult.of(200, out);
    }

    /** @param namespace only this namespace's pods, or every pod when null or empty */
    public ArmResult pods(String resourceId, String namespace) {
        AdminParameters.kubernetesName("namespace", namespace);
        ApiClient client = cluster.kube(cluster.document(resourceId));
        Map<String, V1Node> nodes = nodes(client);
        Map<String, String> podNodes = new HashMap<>();
        try {
            var core = new CoreV1Api(client);
            var pods = namespace == null || namespace.isEmpty() ? core.listPodForAllNamespaces().execute()
                    : core.listNamespacedPod(namespace).execute();
            pods.getItems().forEach(p -> podNodes.put(p.getMetadata().getNamespace() + "/" + p.getMetadata().getName(),
                    p.getSpec() == null ? null : p.getSpec().getNodeName()));
        } catch (ApiException e) {
            throw KubeErrors.of(e);
        }
        List<Map<String, Object>> out = new ArrayList<>();
        for (var metrics : list(client, "pods", namespace).getItems()) {
            BigDecimal cpu = BigDecimal.ZERO;
            BigDecimal memory = BigDecimal.ZERO;
            for (var container : metrics.getRaw().getAsJsonArray("containers")) {
                var usage = container.getAsJsonObject().getAsJsonObject("usage");
                cpu = cpu.add(Quantity.fromString(usage.get("cpu").getAsString()).getNumber());
                memory = memory.add(Quantity.fromString(usage.get("memory").getAsString()).getNumber());
            }
            String ns = metrics.getMetadata().getNamespace();
            String name = metrics.getMetadata().getName();
            String node = podNodes.get(ns + "/" + name);
            Map<String, Object> id = new LinkedHashMap<>();
            id.put("namespace", ns);
            id.put("podName", name);
            id.put("nodeName", node);
            out.add(usage(id, cpu.toPlainString(), memory.toPlainString(), node == null ? null : nodes.get(node)));
        }
        return ArmResult.of(200, out);
    }

    private static Map<String, Object> usage(Map<String, Object> id, String cpu, String memory, V1Node node) {
        BigDecimal cpuCores = Quantity.fromString(cpu).getNumber();
        BigDecimal memoryBytes = Quantity.fromString(memory).getNumber();
        Map<String, Object> m = new LinkedHashMap<>(id);
        m.put("cpuUsage", cpuCores.movePointRight(3).setScale(0, RoundingMode.HALF_UP).longValue());
        m.put("memoryUsage", memoryBytes.setScale(0, RoundingMode.HALF_UP).longValue());
        var allocatable = node == null || node.getStatus() == null ? null : node.getStatus().getAllocatable();
        if (allocatable != null && allocatable.containsKey("cpu") && allocatable.containsKey("memory")) {
            m.put("cpuPercentage", percent(cpuCores, allocatable.get("cpu").getNumber()));
            m.put("memoryPercentage", percent(memoryBytes, allocatable.get("memory").getNumber()));
        }
        return m;
    }

    private static double percent(BigDecimal used, BigDecimal capacity) {
        return capacity.signum() == 0 ? 0 : used.multiply(BigDecimal.valueOf(100))
                .divide(capacity, 2, RoundingMode.HALF_UP).doubleValue();
    }

    private static Map<String, V1Node> nodes(ApiClient client) {
        try {
            Map<String, V1Node> nodes = new HashMap<>();
            new CoreV1Api(client).listNode().execute().getItems().forEach(n -> nodes.put(n.getMetadata().getName(), n));
            return nodes;
        } catch (ApiException e) {
            throw KubeErrors.of(e);
        }
    }

    private static DynamicKubernetesListObject list(ApiClient client, String plural, String namespace) {
        var api = new DynamicKubernetesApi("metrics.k8s.io", "v1beta1", plural, client);
        KubernetesApiResponse<DynamicKubernetesListObject> response = namespace == null || namespace.isEmpty()
                ? api.list() : api.list(namespace);
        if (!response.isSuccess()) {
            var status = response.getStatus();
            throw new io.arorp.api.CloudException(response.getHttpStatusCode() >= 400
                    && response.getHttpStatusCode() < 500 ? response.getHttpStatusCode() : 500,
                    status == null || status.getReason() == null ? "InternalServerError" : status.getReason(), null,
                    status == null || status.getMessage() == null ? "The metrics API did not answer."
                            : status.getMessage());
        }
        return response.getObject();
    }
}
