package io.arorp.cluster;

import io.kubernetes.client.openapi.ApiException;
import io.kubernetes.client.openapi.apis.AppsV1Api;
import io.kubernetes.client.openapi.apis.CoreV1Api;
import io.kubernetes.client.openapi.apis.CustomObjectsApi;
import io.kubernetes.client.openapi.models.V1Deployment;
import io.kubernetes.client.openapi.models.V1Node;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The install's conditions and cluster settings read and written through the cluster's own API (client-java), exactly
 * as against a real cluster: operator and version conditions, node readiness, console branding, updates disabled.
 */
final class KubeSteps {
    static final String CONFIG = "config.openshift.io";
    static final String OPERATOR = "operator.openshift.io";

    private KubeSteps() {
    }

    static boolean apiServersReady(ClusterContext c) throws ApiException {
        return operatorAvailable(c, "kube-apiserver");
    }

    static boolean operatorConsoleExists(ClusterContext c) throws ApiException {
        return get(c, OPERATOR, "v1", "consoles", "cluster") != null;
    }

    static boolean operatorConsoleReady(ClusterContext c) throws ApiException {
        return operatorAvailable(c, "console");
    }

    static boolean clusterVersionReady(ClusterContext c) throws ApiException {
        return condition(get(c, CONFIG, "v1", "clusterversions", "version"), "Available", "True");
    }

    static boolean ingressControllerReady(ClusterContext c) throws ApiException {
        Object ingress = new CustomObjectsApi(c.kube()).getNamespacedCustomObject(OPERATOR, "v1",
                "openshift-ingress-operator", "ingresscontrollers", "default").execute();
        return condition(ingress, "Available", "True");
    }

    /** At least two worker nodes Ready, like the original's minimumWorkerNodesReady. */
    static boolean minimumWorkerNodesReady(ClusterContext c) throws ApiException {
        List<V1Node> nodes = new CoreV1Api(c.kube()).listNode().labelSelector("node-role.kubernetes.io/worker")
                .execute().getItems();
        long ready = nodes.stream().filter(n -> n.getStatus() != null && n.getStatus().getConditions() != null
                && n.getStatus().getConditions().stream().anyMatch(
                        x -> "Ready".equals(x.getType()) && "True".equals(x.getStatus()))).count();
        return ready >= 2;
    }

    @SuppressWarnings("unchecked")
    static boolean clusterOperatorsHaveSettled(ClusterContext c) throws ApiException {
        Map<String, Object> list = (Map<String, Object>) new CustomObjectsApi(c.kube())
                .listClusterCustomObject(CONFIG, "v1", "clusteroperators").execute();
        List<Object> items = (List<Object>) list.getOrDefault("items", List.of());
        return !items.isEmpty() && items.stream().allMatch(o -> condition(o, "Available", "True")
                && condition(o, "Progressing", "False") && condition(o, "Degraded", "False"));
    }

    static boolean aroDeploymentReady(ClusterContext c) throws ApiException {
        try {
            V1Deployment d = new AppsV1Api(c.kube()).readNamespacedDeployment("aro-operator-master",
                    "openshift-azure-operator").execute();
            Integer want = d.getSpec() == null ? null : d.getSpec().getReplicas();
            var status = d.getStatus();
            return status != null && want != null && Objects.equals(status.getReadyReplicas(), want)
                    && (status.getObservedGeneration() == null || d.getMetadata().getGeneration() == null
                            || status.getObservedGeneration() >= d.getMetadata().getGeneration());
        } catch (ApiException e) {
            if (e.getCode() == 404) {
                return false;
            }
            throw e;
        }
    }

    @SuppressWarnings("unchecked")
    static void updateConsoleBranding(ClusterContext c) throws ApiException {
        Map<String, Object> console = (Map<String, Object>) get(c, OPERATOR, "v1", "consoles", "cluster");
        Map<String, Object> spec = (Map<String, Object>) console.computeIfAbsent("spec", k -> new java.util.HashMap<>());
        Map<String, Object> customization = (Map<String, Object>) spec.computeIfAbsent("customization",
                k -> new java.util.HashMap<>());
        if (!"azure".equals(customization.get("brand"))) {
            customization.put("brand", "azure");
            new CustomObjectsApi(c.kube()).replaceClusterCustomObject(OPERATOR, "v1", "consoles", "cluster", console)
                    .execute();
        }
    }

    /** Upgrades are the customer's choice: no update server, no channel until they pick one. */
    @SuppressWarnings("unchecked")
    static void disableUpdates(ClusterContext c) throws ApiException {
        Map<String, Object> version = (Map<String, Object>) get(c, CONFIG, "v1", "clusterversions", "version");
        Map<String, Object> spec = (Map<String, Object>) version.computeIfAbsent("spec", k -> new java.util.HashMap<>());
        if (spec.get("upstream") != null || spec.get("channel") != null) {
            spec.remove("upstream");
            spec.remove("channel");
            new CustomObjectsApi(c.kube()).replaceClusterCustomObject(CONFIG, "v1", "clusterversions", "version",
                    version).execute();
        }
    }

    /** updateClusterData: the console URL the cluster reports, for the customer to see. */
    @SuppressWarnings("unchecked")
    static void updateClusterData(ClusterContext c) throws ApiException {
        Map<String, Object> console = (Map<String, Object>) get(c, CONFIG, "v1", "consoles", "cluster");
        Map<String, Object> status = (Map<String, Object>) console.getOrDefault("status", Map.of());
        String url = (String) status.get("consoleURL");
        if (url != null) {
            c.patch(d -> {
                var p = d.getOpenShiftCluster().getProperties();
                if (p.getConsoleProfile() == null) {
                    p.setConsoleProfile(new io.arorp.api.ConsoleProfile());
                }
                p.getConsoleProfile().setUrl(url.endsWith("/") ? url : url + "/");
            });
        }
    }

    private static boolean operatorAvailable(ClusterContext c, String name) throws ApiException {
        Object operator = get(c, CONFIG, "v1", "clusteroperators", name);
        return condition(operator, "Available", "True") && condition(operator, "Degraded", "False");
    }

    private static Object get(ClusterContext c, String group, String version, String plural, String name)
            throws ApiException {
        try {
            return new CustomObjectsApi(c.kube()).getClusterCustomObject(group, version, plural, name).execute();
        } catch (ApiException e) {
            if (e.getCode() == 404) {
                return null;
            }
            throw e;
        }
    }

    @SuppressWarnings("unchecked")
    static boolean condition(Object object, String type, String status) {
        if (!(object instanceof Map<?, ?> map) || !(map.get("status") instanceof Map<?, ?> s)
                || !(s.get("conditions") instanceof List<?> conditions)) {
            return false;
        }
        return conditions.stream().anyMatch(x -> x instanceof Map<?, ?> m && type.equals(m.get("type"))
                && status.equals(m.get("status")));
    }
}
