package io.arorp.frontend.admin;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.arorp.api.CloudException;
import io.kubernetes.client.openapi.ApiClient;
import io.kubernetes.client.openapi.ApiException;
import io.kubernetes.client.openapi.apis.CoreV1Api;
import io.kubernetes.client.openapi.models.V1Pod;
import io.kubernetes.client.util.generic.dynamic.DynamicKubernetesApi;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import okhttp3.Request;
import okhttp3.Response;

/**
 * The cluster-side checks before a control-plane resize, with the original's codes and messages: a resize takes one
 * master away at a time, which is only safe while the API server and etcd are healthy on all three, the operator
 * vouches for the service principal the VM PUT needs, and no ControlPlaneMachineSet fights the manual change.
 */
final class ClusterHealthChecks {
    private static final String APISERVER_NAMESPACE = "openshift-kube-apiserver";

    private ClusterHealthChecks() {
    }

    static void readyz(ApiClient client) {
        try (Response response = client.getHttpClient().newCall(new Request.Builder()
                .url(client.getBasePath() + "/readyz").get().build()).execute()) {
            if (response.code() != 200) {
                throw new CloudException(500, "InternalServerError", null,
                        "API server readyz returned non-OK status: " + response.code());
            }
        } catch (IOException e) {
            throw new CloudException(500, "InternalServerError", null, "API server readyz check failed: " + e);
        }
    }

    /** Available, not progressing, not degraded, or 409 with {@code message} ({@code %s}: the conditions). */
    static void operatorHealthy(ApiClient client, String name, String message) {
        var response = new DynamicKubernetesApi("config.openshift.io", "v1", "clusteroperators", client).get(name);
        if (!response.isSuccess()) {
            throw new CloudException(500, "InternalServerError", name, "Failed to retrieve " + name
                    + " ClusterOperator: " + (response.getStatus() == null ? "" : response.getStatus().getMessage()));
        }
        String available = condition(response.getObject().getRaw(), "Available");
        String progressing = condition(response.getObject().getRaw(), "Progressing");
        String degraded = condition(response.getObject().getRaw(), "Degraded");
        if (!"True".equals(available) || !"False".equals(progressing) || !"False".equals(degraded)) {
            throw new CloudException(409, "RequestNotAllowed", name, String.format(message, "Available=" + available
                    + " Progressing=" + progressing + " Degraded=" + degraded));
        }
    }

    static void apiServerPods(ApiClient client) {
        List<V1Pod> pods;
        try {
            pods = new CoreV1Api(client).listNamespacedPod(APISERVER_NAMESPACE)
                    .labelSelector("app=openshift-kube-apiserver").execute().getItems();
        } catch (ApiException e) {
            throw new CloudException(500, "InternalServerError", "kube-apiserver-pods", "Failed to list pods in "
                    + APISERVER_NAMESPACE + " namespace: " + e.getMessage());
        }
        List<String> unhealthy = new ArrayList<>();
        for (V1Pod pod : pods) {
            String phase = pod.getStatus() == null ? "" : pod.getStatus().getPhase();
            var ready = pod.getStatus() == null || pod.getStatus().getConditions() == null ? null
                    : pod.getStatus().getConditions().stream().filter(c -> "Ready".equals(c.getType())).findFirst()
                    .orElse(null);
            String problem = !"Running".equals(phase) ? "phase: " + phase
                    : ready == null ? "ready condition not found" : !"True".equals(ready.getStatus()) ? "not ready" : null;
            if (problem != null) {
                unhealthy.add(pod.getMetadata().getName() + " (" + problem + ")");
            }
        }
        if (pods.size() != 3) {
            throw new CloudException(409, "RequestNotAllowed", "kube-apiserver-pods", "Expected 3 kube-apiserver pods, "
                    + "found " + pods.size() + ". Resize is not safe without full API server redundancy.");
        }
        if (!unhealthy.isEmpty()) {
            throw new CloudException(409, "RequestNotAllowed", "kube-apiserver-pods", "Unhealthy kube-apiserver pods: ["
                    + String.join(" ", unhealthy) + "]. Resize is not safe without full API server redundancy.");
        }
    }

    static void servicePrincipal(ApiClient client) {
        var response = new DynamicKubernetesApi("aro.openshift.io", "v1alpha1", "clusters", client).get("cluster");
        if (!response.isSuccess()) {
            throw new CloudException(500, "InternalServerError", "servicePrincipal",
                    "Failed to retrieve ARO Cluster resource: " + (response.getStatus() == null ? ""
                            : response.getStatus().getMessage()));
        }
        JsonObject raw = response.getObject().getRaw();
        String status = condition(raw, "ServicePrincipalValid");
        if ("True".equals(status)) {
            return;
        }
        if (status == null) {
            throw new CloudException(409, "InvalidServicePrincipalCredentials", "servicePrincipal", "ServicePrincipalValid "
                    + "condition not found on the ARO Cluster resource. The ARO operator may not have reconciled yet.");
        }
        throw new CloudException(409, "InvalidServicePrincipalCredentials", "servicePrincipal",
                "Cluster Service Principal is invalid: " + conditionField(raw, "ServicePrincipalValid", "message"));
    }

    static void controlPlaneMachineSetInactive(ApiClient client) {
        var response = new DynamicKubernetesApi("machine.openshift.io", "v1", "controlplanemachinesets", client)
                .get("openshift-machine-api", "cluster");
        if (response.getHttpStatusCode() == 404) {
            return; // no CPMS (or not even its CRD): nothing can fight the resize
        }
        if (!response.isSuccess()) {
            throw new CloudException(500, "InternalServerError", null, "failed to check ControlPlaneMachineSet state: "
                    + (response.getStatus() == null ? response.getHttpStatusCode() : response.getStatus().getMessage()));
        }
        JsonElement state = response.getObject().getRaw().getAsJsonObject("spec").get("state");
        if (state != null && "Active".equals(state.getAsString())) {
            throw new CloudException(409, "RequestNotAllowed", null,
                    "ControlPlaneMachineSet is currently Active. Deactivate CPMS before running this operation.");
        }
    }

    private static String condition(JsonObject object, String type) {
        return conditionField(object, type, "status");
    }

    private static String conditionField(JsonObject object, String type, String field) {
        if (!object.has("status") || !object.getAsJsonObject("status").has("conditions")) {
            return null;
        }
        for (JsonElement c : object.getAsJsonObject("status").getAsJsonArray("conditions")) {
            JsonObject condition = c.getAsJsonObject();
            if (condition.has("type") && type.equals(condition.get("type").getAsString())) {
                return condition.has(field) ? condition.get(field).getAsString() : "";
            }
        }
        return null;
    }
}
