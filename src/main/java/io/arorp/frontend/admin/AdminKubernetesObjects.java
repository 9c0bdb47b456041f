package io.arorp.frontend.admin;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.arorp.api.CloudException;
import io.arorp.frontend.action.ArmResult;
import io.kubernetes.client.openapi.ApiClient;
import io.kubernetes.client.util.generic.KubernetesApiResponse;
import io.kubernetes.client.util.generic.dynamic.DynamicKubernetesApi;
import io.kubernetes.client.util.generic.dynamic.DynamicKubernetesObject;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;

/**
 * Get, list, create-or-update and delete Kubernetes objects of a customer cluster for SREs, through the cluster's
 * Kubernetes API with the RP's own credentials for it. Answers carry the cluster's JSON as is; errors from the
 * cluster become CloudErrors with the object as target.
 */
@ApplicationScoped
public class AdminKubernetesObjects {
    private AdminCluster cluster;

    @Inject
    public AdminKubernetesObjects(AdminCluster cluster) {
        this.cluster = cluster;
    }

    protected AdminKubernetesObjects() {
    }

    public ArmResult get(String resourceId, String kind, String namespace, String name) {
        KubeKind k = KubeKind.of(kind);
        DynamicKubernetesApi api = api(resourceId, k);
        if (name == null || name.isBlank()) {
            var list = k.namespaced() && namespace != null && !namespace.isBlank() ? api.list(namespace) : api.list();
            return answer(list, k, null);
        }
        return answer(k.namespaced() ? api.get(namespace, name) : api.get(name), k, name);
    }

    public ArmResult createOrUpdate(String resourceId, byte[] body) {
        JsonObject object = JsonParser.parseString(new String(body, StandardCharsets.UTF_8)).getAsJsonObject();
        KubeKind k = KubeKind.of(object.has("kind") ? object.get("kind").getAsString() : null);
        DynamicKubernetesApi api = api(resourceId, k);
        DynamicKubernetesObject dynamic = new DynamicKubernetesObject(object);
        String name = dynamic.getMetadata() == null ? null : dynamic.getMetadata().getName();
        String namespace = dynamic.getMetadata() == null ? null : dynamic.getMetadata().getNamespace();
        KubernetesApiResponse<DynamicKubernetesObject> existing = k.namespaced() ? api.get(namespace, name)
                : api.get(name);
        if (existing.isSuccess()) {
            dynamic.getMetadata().setResourceVersion(existing.getObject().getMetadata().getResourceVersion());
            return answer(api.update(dynamic), k, name);
        }
        return answer(api.create(dynamic), k, name);
    }

    public ArmResult delete(String resourceId, String kind, String namespace, String name) {
        KubeKind k = KubeKind.of(kind);
        DynamicKubernetesApi api = api(resourceId, k);
        KubernetesApiResponse<DynamicKubernetesObject> response = k.namespaced() ? api.delete(namespace, name)
                : api.delete(name);
        if (!response.isSuccess() && response.getHttpStatusCode() != 404) {
            throw clusterError(response, k, name);
        }
        return ArmResult.of(200, null);
    }

    private DynamicKubernetesApi api(String resourceId, KubeKind k) {
        ApiClient client = cluster.kube(cluster.document(resourceId));
        return new DynamicKubernetesApi(k.group(), k.version(), k.plural(), client);
    }

    private static ArmResult answer(KubernetesApiResponse<?> response, KubeKind k, String name) {
        if (!response.isSuccess()) {
            throw clusterError(response, k, name);
        }
        Object object = response.getObject();
        String json = object instanceof DynamicKubernetesObject d ? d.getRaw().toString()
                : new com.google.gson.Gson().toJson(object);
        return ArmResult.of(200, new RawJson(json));
    }

    private static CloudException clusterError(KubernetesApiResponse<?> response, KubeKind k, String name) {
        var status = response.getStatus();
        String reason = status == null || status.getReason() == null ? "InternalServerError" : status.getReason();
        String message = status == null || status.getMessage() == null ? "The cluster did not answer as expected."
                : status.getMessage();
        int code = response.getHttpStatusCode() >= 400 && response.getHttpStatusCode() < 500
                ? response.getHttpStatusCode() : 500;
        return new CloudException(code, reason, k.target(name), message);
    }
}
