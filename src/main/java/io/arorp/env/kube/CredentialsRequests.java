package io.arorp.env.kube;

import io.kubernetes.client.openapi.ApiClient;
import io.kubernetes.client.openapi.ApiException;
import io.kubernetes.client.openapi.apis.CustomObjectsApi;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The ARO operator's CredentialsRequest, as the original renders it for a service-principal cluster: the cloud
 * credential operator hands the cluster's Azure credentials (Contributor) to the operator in secret
 * {@code openshift-azure-operator/azure-cloud-credentials}.
 */
public final class CredentialsRequests {
    public static final String GROUP = "cloudcredential.openshift.io";
    public static final String VERSION = "v1";
    public static final String PLURAL = "credentialsrequests";
    public static final String NAMESPACE = "openshift-cloud-credential-operator";
    public static final String NAME = "openshift-azure-operator";
    public static final String SECRET = "azure-cloud-credentials";

    private CredentialsRequests() {
    }

    static Map<String, Object> spec() {
        return Map.of(
                "secretRef", Map.of("name", SECRET, "namespace", KubeOperatorDeployer.NAMESPACE),
                "providerSpec", Map.of("apiVersion", GROUP + "/" + VERSION, "kind", "AzureProviderSpec",
                        "roleBindings", List.of(Map.of("role", "Contributor"))));
    }

    /** The stored object, or null when there is none. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> read(ApiClient cluster) throws ApiException {
        try {
            return (Map<String, Object>) new CustomObjectsApi(cluster).getNamespacedCustomObject(GROUP, VERSION,
                    NAMESPACE, PLURAL, NAME).execute();
        } catch (ApiException e) {
            if (e.getCode() == 404) {
                return null;
            }
            throw e;
        }
    }

    /** Creates the request or puts its spec back; writes nothing when the spec is as rendered. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> apply(ApiClient cluster) throws ApiException {
        CustomObjectsApi api = new CustomObjectsApi(cluster);
        Map<String, Object> current = read(cluster);
        if (current == null) {
            Map<String, Object> created = new HashMap<>();
            created.put("apiVersion", GROUP + "/" + VERSION);
            created.put("kind", "CredentialsRequest");
            created.put("metadata", Map.of("name", NAME, "namespace", NAMESPACE));
            created.put("spec", spec());
            return (Map<String, Object>) api.createNamespacedCustomObject(GROUP, VERSION, NAMESPACE, PLURAL, created)
                    .execute();
        }
        if (spec().equals(current.get("spec"))) {
            return current;
        }
        current.put("spec", spec());
        return (Map<String, Object>) api.replaceNamespacedCustomObject(GROUP, VERSION, NAMESPACE, PLURAL, NAME,
                current).execute();
    }
}
