package io.arorp.cluster;

import io.arorp.env.installer.InstallSpec;
import io.arorp.env.kube.CredentialsRequests;
import io.arorp.env.kube.KubeOperatorDeployer;
import io.arorp.env.kube.KubeSecrets;
import io.kubernetes.client.openapi.ApiException;
import io.kubernetes.client.openapi.apis.CoreV1Api;
import io.kubernetes.client.openapi.apis.CustomObjectsApi;
import io.kubernetes.client.openapi.models.V1ObjectMeta;
import io.kubernetes.client.openapi.models.V1Secret;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How a service-principal cluster's new credentials reach the ARO operator on update, as in the original: its
 * CredentialsRequest is (re)written, the cloud credential operator must have synced it recently, and the operator's
 * own secret {@code openshift-azure-operator/cluster} carries the SP (then the operator is restarted).
 */
final class CredentialsRequestSteps {
    static final String OPERATOR_SECRET = "cluster";
    /** The original's window: a sync within the last five minutes counts as one after the SP changed. */
    static final Duration RECENT_SYNC = Duration.ofMinutes(5);

    private CredentialsRequestSteps() {
    }

    static void ensureCredentialsRequest(ClusterContext c) {
        c.env().operator().ensureCredentialsRequest(c.kube());
    }

    /** True once the cloud credential operator synced the request recently, or when it is in manual mode. */
    @SuppressWarnings("unchecked")
    static boolean aroCredentialsRequestReconciled(ClusterContext c) throws ApiException {
        if (InstallerSteps.servicePrincipal(c) == null) {
            return true;
        }
        Map<String, Object> config = (Map<String, Object>) new CustomObjectsApi(c.kube()).getClusterCustomObject(
                "operator.openshift.io", "v1", "cloudcredentials", "cluster").execute();
        if ("Manual".equals(((Map<String, Object>) config.getOrDefault("spec", Map.of())).get("credentialsMode"))) {
            return true;
        }
        Map<String, Object> request = CredentialsRequests.read(c.kube());
        return request != null && syncedSince(request, c.env().clock().instant().minus(RECENT_SYNC));
    }

    @SuppressWarnings("unchecked")
    static boolean syncedSince(Map<String, Object> request, Instant since) {
        Object at = ((Map<String, Object>) request.getOrDefault("status", Map.of())).get("lastSyncTimestamp");
        try {
            return at instanceof String s && !Instant.parse(s).isBefore(since);
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    /** updateAROSecret: the operator's secret gets the document's SP and the subscription's tenant; other keys stay. */
    static void updateAroSecret(ClusterContext c) throws ApiException {
        InstallSpec.ServicePrincipal sp = InstallerSteps.servicePrincipal(c);
        if (sp == null) {
            return;
        }
        Map<String, String> want = new LinkedHashMap<>();
        want.put("azure_client_id", sp.clientId());
        want.put("azure_client_secret", sp.clientSecret().reveal());
        want.put("azure_tenant_id", sp.tenantId());
        CoreV1Api core = new CoreV1Api(c.kube());
        V1Secret secret = KubeSecrets.read(core, KubeOperatorDeployer.NAMESPACE, OPERATOR_SECRET);
        if (secret == null) {
            secret = new V1Secret().apiVersion("v1").kind("Secret").type("Opaque")
                    .metadata(new V1ObjectMeta().name(OPERATOR_SECRET).namespace(KubeOperatorDeployer.NAMESPACE));
        }
        boolean changed = false;
        for (Map.Entry<String, String> e : want.entrySet()) {
            byte[] value = (e.getValue() == null ? "" : e.getValue()).getBytes(StandardCharsets.UTF_8);
            byte[] current = secret.getData() == null ? null : secret.getData().get(e.getKey());
            if (!Arrays.equals(value, current)) {
                secret.putDataItem(e.getKey(), value);
                changed = true;
            }
        }
        if (changed) {
            KubeSecrets.apply(core, secret);
        }
    }
}
