package io.arorp.env.sim.installer;

import io.arorp.env.kube.CredentialsRequests;
import io.arorp.env.kube.KubeSecrets;
import io.kubernetes.client.openapi.ApiClient;
import io.kubernetes.client.openapi.ApiException;
import io.kubernetes.client.openapi.apis.CoreV1Api;
import io.kubernetes.client.openapi.apis.CustomObjectsApi;
import io.kubernetes.client.openapi.models.V1ObjectMeta;
import io.kubernetes.client.openapi.models.V1Secret;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the cloud credential operator of a real cluster does with the ARO operator's CredentialsRequest in its default
 * (passthrough) mode, which the simulated API server has no controller for: copies the root credentials
 * {@code kube-system/azure-credentials} into the requested secret and reports the sync in the request's status. In
 * manual mode it leaves the request alone, as the real one does.
 */
final class SimulatedCloudCredentialOperator {
    private final Clock clock;

    SimulatedCloudCredentialOperator(Clock clock) {
        this.clock = clock;
    }

    @SuppressWarnings("unchecked")
    void reconcile(ApiClient cluster, Map<String, Object> request) throws ApiException {
        CustomObjectsApi api = new CustomObjectsApi(cluster);
        Map<String, Object> config = (Map<String, Object>) api.getClusterCustomObject("operator.openshift.io", "v1",
                "cloudcredentials", "cluster").execute();
        Object mode = ((Map<String, Object>) config.getOrDefault("spec", Map.of())).get("credentialsMode");
        if ("Manual".equals(mode)) {
            return;
        }
        CoreV1Api core = new CoreV1Api(cluster);
        V1Secret root = KubeSecrets.read(core, "kube-system", "azure-credentials");
        if (root != null) {
            KubeSecrets.apply(core, new V1Secret().apiVersion("v1").kind("Secret").type("Opaque").data(root.getData())
                    .metadata(new V1ObjectMeta().name(CredentialsRequests.SECRET).namespace("openshift-azure-operator")));
        }
        Map<String, Object> metadata = (Map<String, Object>) request.get("metadata");
        Map<String, Object> status = new LinkedHashMap<>();
        status.put("provisioned", root != null);
        status.put("lastSyncGeneration", metadata.getOrDefault("generation", 1));
        status.put("lastSyncTimestamp", Instant.now(clock).truncatedTo(ChronoUnit.SECONDS).toString());
        if (root != null) {
            status.put("lastSyncCloudCredsSecretResourceVersion", root.getMetadata().getResourceVersion());
        }
        request.put("status", status);
        api.replaceNamespacedCustomObjectStatus(CredentialsRequests.GROUP, CredentialsRequests.VERSION,
                CredentialsRequests.NAMESPACE, CredentialsRequests.PLURAL, CredentialsRequests.NAME, request).execute();
    }
}
