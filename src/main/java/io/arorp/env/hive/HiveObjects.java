package io.arorp.env.hive;

import io.arorp.api.CloudException;
import io.arorp.api.Secret;
import io.arorp.env.installer.InstallSpec;
import io.arorp.env.kube.KubeSecrets;
import io.kubernetes.client.openapi.ApiClient;
import io.kubernetes.client.openapi.ApiException;
import io.kubernetes.client.openapi.apis.CoreV1Api;
import io.kubernetes.client.openapi.apis.CustomObjectsApi;
import io.kubernetes.client.openapi.models.V1Namespace;
import io.kubernetes.client.openapi.models.V1ObjectMeta;
import io.kubernetes.client.openapi.models.V1Secret;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The management cluster's objects both Hive paths (install and adoption) write: a cluster's namespace, the secrets
 * in it and its ClusterDeployment. Each write reads first and leaves an object that is already as wanted alone.
 */
final class HiveObjects {
    private final CoreV1Api core;
    private final CustomObjectsApi custom;

    HiveObjects(ApiClient hive) {
        this.core = new CoreV1Api(hive);
        this.custom = new CustomObjectsApi(hive);
    }

    void ensureNamespace(String namespace, String clusterResourceId) throws ApiException {
        try {
            core.readNamespace(namespace).execute();
        } catch (ApiException e) {
            if (e.getCode() != 404) {
                throw e;
            }
            core.createNamespace(new V1Namespace().apiVersion("v1").kind("Namespace").metadata(new V1ObjectMeta()
                    .name(namespace).annotations(Map.of(ClusterDeployments.CLUSTER_ID_ANNOTATION,
                            clusterResourceId)))).execute();
        }
    }

    void deleteNamespace(String namespace) throws ApiException {
        try {
            core.deleteNamespace(namespace).execute();
        } catch (ApiException e) {
            if (e.getCode() != 404) {
                throw e;
            }
        }
    }

    /** Creates or replaces the secret; one holding this data and type already is not written again. */
    void applySecret(String namespace, String name, String type, Map<String, String> data) throws ApiException {
        V1Secret current = KubeSecrets.read(core, namespace, name);
        if (current != null && type.equals(current.getType()) && sameData(current.getData(), data)) {
            return;
        }
        V1Secret secret = new V1Secret().apiVersion("v1").kind("Secret")
                .metadata(new V1ObjectMeta().name(name).namespace(namespace)).type(type);
        data.forEach((k, v) -> secret.putDataItem(k, v.getBytes(StandardCharsets.UTF_8)));
        KubeSecrets.apply(core, secret, current);
    }

    /**
     * The secrets a ClusterDeployment names, the same for an install and an adoption: the pull secret (an empty one
     * when the cluster has none), the cluster service principal and a workload-identity cluster's token signing key
     * (each only when given).
     */
    void applyClusterSecrets(String namespace, Secret pullSecret, InstallSpec.ServicePrincipal servicePrincipal,
            Secret boundServiceAccountSigningKey) throws ApiException {
        applySecret(namespace, ClusterDeployments.PULL_SECRET, "kubernetes.io/dockerconfigjson",
                Map.of(".dockerconfigjson", pullSecret == null || pullSecret.isEmpty() ? "{\"auths\":{}}"
                        : pullSecret.reveal()));
        if (servicePrincipal != null) {
            applySecret(namespace, ClusterDeployments.CLUSTER_SP, "Opaque", Map.of(ClusterDeployments.SP_KEY,
                    ClusterDeployments.servicePrincipalJson(servicePrincipal)));
        }
        if (boundServiceAccountSigningKey != null) {
            applySecret(namespace, ClusterDeployments.BOUND_SA_KEY, "Opaque", Map.of(
                    ClusterDeployments.BOUND_SA_KEY_FILE, boundServiceAccountSigningKey.reveal()));
        }
    }

    private static boolean sameData(Map<String, byte[]> current, Map<String, String> wanted) {
        return current != null && current.size() == wanted.size() && wanted.entrySet().stream().allMatch(e ->
                Arrays.equals(current.get(e.getKey()), e.getValue().getBytes(StandardCharsets.UTF_8)));
    }

    Optional<Map<String, Object>> clusterDeployment(String namespace) throws ApiException {
        try {
            return Optional.of(HiveStatus.asMap(custom.getNamespacedCustomObject(ClusterDeployments.GROUP,
                    ClusterDeployments.VERSION, namespace, ClusterDeployments.PLURAL, ClusterDeployments.NAME)
                    .execute()));
        } catch (ApiException e) {
            if (e.getCode() == 404) {
                return Optional.empty();
            }
            throw e;
        }
    }

    void createClusterDeployment(String namespace, Map<String, Object> cd) throws ApiException {
        custom.createNamespacedCustomObject(ClusterDeployments.GROUP, ClusterDeployments.VERSION, namespace,
                ClusterDeployments.PLURAL, cd).execute();
    }

    /** Replaces the ClusterDeployment with {@code cd}, which carries the resource version it was read at. */
    void replaceClusterDeployment(String namespace, Map<String, Object> cd) throws ApiException {
        custom.replaceNamespacedCustomObject(ClusterDeployments.GROUP, ClusterDeployments.VERSION, namespace,
                ClusterDeployments.PLURAL, ClusterDeployments.NAME, cd).execute();
    }

    void deleteClusterDeployment(String namespace) throws ApiException {
        custom.deleteNamespacedCustomObject(ClusterDeployments.GROUP, ClusterDeployments.VERSION, namespace,
                ClusterDeployments.PLURAL, ClusterDeployments.NAME).execute();
    }

    /** The secret's value under {@code key}; the secret and the key must exist. */
    Secret secretValue(String namespace, String name, String key) throws ApiException {
        Map<String, byte[]> data = core.readNamespacedSecret(name, namespace).execute().getData();
        byte[] value = data == null ? null : data.get(key);
        if (value == null) {
            throw new CloudException(500, "InternalServerError", null, "Hive's secret " + namespace + "/" + name
                    + " has no " + key + ".");
        }
        return Secret.ofBytes(value);
    }

    static CloudException failure(String what, ApiException e) {
        return new CloudException(500, "InternalServerError", null, what + " failed: " + e.getCode() + " "
                + Objects.toString(e.getResponseBody(), ""));
    }
}
