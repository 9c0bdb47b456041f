package io.arorp.cluster;

import io.arorp.api.PlatformWorkloadIdentity;
import io.arorp.api.PlatformWorkloadIdentityRole;
import io.arorp.env.installer.InstallSpec;
import io.arorp.env.kube.KubeSecrets;
import io.kubernetes.client.openapi.ApiException;
import io.kubernetes.client.openapi.apis.CoreV1Api;
import io.kubernetes.client.openapi.apis.CustomObjectsApi;
import io.kubernetes.client.openapi.models.V1ObjectMeta;
import io.kubernetes.client.openapi.models.V1Secret;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * deployPlatformWorkloadIdentitySecrets, the workload-identity counterpart of updateOpenShiftSecret: each operator
 * finds the identity it signs in as in the secret its role names ({@code secretLocation}) — client id, tenant,
 * subscription, region and the projected service account token AAD exchanges — so a replaced platform identity
 * reaches the cluster on update (at install the installer writes the same secrets from its manifests). Roles without
 * a secret location get none. ensureUpgradeAnnotation tells the cluster's cloud credential operator which version the
 * platform identities are ready for.
 */
final class PlatformWorkloadIdentitySecrets {
    /** Where OpenShift projects the bound service account token the operators present to AAD. */
    static final String TOKEN_FILE = "/var/run/secrets/openshift/serviceaccount/token";
    /** The cloud credential operator marks the cluster not upgradeable past this version (its manual-mode gate). */
    private static final String OPERATOR_GROUP = "operator.openshift.io";
    static final String UPGRADEABLE_TO = "cloudcredential.openshift.io/upgradeable-to";

    private PlatformWorkloadIdentitySecrets() {
    }

    static void deployPlatformWorkloadIdentitySecrets(ClusterContext c) throws ApiException {
        if (!PlatformIdentities.used(c)) {
            return;
        }
        CoreV1Api core = new CoreV1Api(c.kube());
        for (InstallSpec.OperatorSecret wanted : secrets(c)) {
            V1Secret secret = new V1Secret().apiVersion("v1").kind("Secret").type("Opaque").metadata(
                    new V1ObjectMeta().namespace(wanted.namespace()).name(wanted.name()));
            wanted.data().forEach((k, v) -> secret.putDataItem(k, v.getBytes(StandardCharsets.UTF_8)));
            KubeSecrets.apply(core, secret);
        }
    }

    /**
     * ensureUpgradeAnnotation: {@code upgradeableTo} (the customer provided the identities of that version's role
     * set, checked by platformWorkloadIdentityIDs) onto the CloudCredential {@code cluster}, as the original does;
     * without it the operator in manual mode blocks minor upgrades. Nothing to say without {@code upgradeableTo}.
     */
    @SuppressWarnings("unchecked")
    static void ensureUpgradeAnnotation(ClusterContext c) throws ApiException {
        String upgradeableTo = !PlatformIdentities.used(c) ? null
                : c.properties().getPlatformWorkloadIdentityProfile().getUpgradeableTo();
        if (upgradeableTo == null) {
            return;
        }
        CustomObjectsApi api = new CustomObjectsApi(c.kube());
        Map<String, Object> credential = (Map<String, Object>) api.getClusterCustomObject(OPERATOR_GROUP, "v1",
                "cloudcredentials", "cluster").execute();
        Map<String, Object> metadata = (Map<String, Object>) credential.get("metadata");
        Map<String, Object> annotations = (Map<String, Object>) metadata.computeIfAbsent("annotations",
                k -> new LinkedHashMap<>());
        if (!upgradeableTo.equals(annotations.put(UPGRADEABLE_TO, upgradeableTo))) {
            api.replaceClusterCustomObject(OPERATOR_GROUP, "v1", "cloudcredentials", "cluster", credential)
                    .execute();
        }
    }

    /** The secrets of the operators whose role names a secret location (also the installer's manifests). */
    static List<InstallSpec.OperatorSecret> secrets(ClusterContext c) {
        Map<String, PlatformWorkloadIdentityRole> roles = PlatformIdentities.roles(c);
        List<InstallSpec.OperatorSecret> secrets = new ArrayList<>();
        for (Map.Entry<String, PlatformWorkloadIdentity> e : PlatformIdentities.declared(c).entrySet()) {
            PlatformWorkloadIdentityRole role = roles.get(e.getKey());
            if (role == null || role.getSecretLocation() == null) {
                continue;
            }
            Map<String, String> data = new LinkedHashMap<>();
            data.put("azure_client_id", Objects.toString(e.getValue().getClientId(), ""));
            data.put("azure_tenant_id", Objects.toString(c.cluster().getIdentity().getTenantId(), ""));
            data.put("azure_subscription_id", c.doc().getPartitionKey());
            data.put("azure_region", c.cluster().getLocation());
            data.put("azure_federated_token_file", TOKEN_FILE);
            secrets.add(new InstallSpec.OperatorSecret(role.getSecretLocation().getNamespace(),
                    role.getSecretLocation().getName(), data));
        }
        return secrets;
    }
}
