package io.arorp.env.hive;

import io.arorp.env.installer.InstallSpec;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * The objects the RP asks Hive for, one namespace per cluster: the {@code ClusterDeployment} and the secrets it
 * references (pull secret, install config). Desired state only; {@link HiveInstaller} writes and watches it.
 */
final class ClusterDeployments {
    static final String GROUP = "hive.openshift.io";
    static final String VERSION = "v1";
    static final String PLURAL = "clusterdeployments";
    static final String NAME = "cluster";
    static final String PULL_SECRET = "pull-secret";
    static final String INSTALL_CONFIG = "install-config";
    /** The cluster service principal, in the shape Hive's Azure actuator reads ({@code osServicePrincipal.json}). */
    static final String CLUSTER_SP = "cluster-sp";
    static final String SP_KEY = "osServicePrincipal.json";
    static final String CLUSTER_ID_ANNOTATION = "aro.openshift.io/cluster-resource-id";
    /** Workload identity: the service account signing key Hive hands the installer, and extra manifests. */
    static final String BOUND_SA_KEY = "bound-service-account-signing-key";
    static final String BOUND_SA_KEY_FILE = "bound-service-account-signing-key.key";
    static final String MANIFESTS = "manifests";
    static final String AUTHENTICATION_MANIFEST = "cluster-authentication-02-config.yaml";

    private static final com.fasterxml.jackson.databind.ObjectMapper MAPPER = io.arorp.util.json.Jackson.newMapper();

    private ClusterDeployments() {
    }

    /** The cluster's namespace on the Hive cluster: stable for the resource id in any casing, a valid DNS label. */
    static String namespace(String clusterResourceId) {
        return "aro-" + UUID.nameUUIDFromBytes(clusterResourceId.toLowerCase(Locale.ROOT)
                .getBytes(StandardCharsets.UTF_8));
    }

    static Map<String, Object> clusterDeployment(InstallSpec spec, HiveSettings settings) {
        String domain = spec.domain();
        int dot = domain.indexOf('.');
        Map<String, Object> azure = new LinkedHashMap<>();
        azure.put("region", spec.location());
        azure.put("baseDomainResourceGroupName", settings.baseDomainResourceGroup());
        azure.put("resourceGroupName", spec.clusterResourceGroupId().substring(
                spec.clusterResourceGroupId().lastIndexOf('/') + 1));
        if (spec.servicePrincipal() != null) {
            azure.put("credentialsSecretRef", Map.of("name", CLUSTER_SP));
        }
        Map<String, Object> specMap = new LinkedHashMap<>();
        specMap.put("clusterName", spec.infraId());
        specMap.put("baseDomain", dot < 0 ? domain : domain.substring(dot + 1));
        specMap.put("platform", Map.of("azure", azure));
        specMap.put("pullSecretRef", Map.of("name", PULL_SECRET));
        Map<String, Object> provisioning = new LinkedHashMap<>();
        provisioning.put("installConfigSecretRef", Map.of("name", INSTALL_CONFIG));
        provisioning.put("installerImageOverride", settings.installerImage());
        if (spec.workloadIdentity() != null) {
            provisioning.put("manifestsSecretRef", Map.of("name", MANIFESTS));
            specMap.put("boundServiceAccountSigningKeySecretRef", Map.of("name", BOUND_SA_KEY));
        }
        specMap.put("provisioning", provisioning);
        specMap.put("installed", false);
        return Map.of("apiVersion", GROUP + "/" + VERSION, "kind", "ClusterDeployment",
                "metadata", Map.of("name", NAME, "namespace", namespace(spec.clusterResourceId()),
                        "annotations", Map.of(CLUSTER_ID_ANNOTATION, spec.clusterResourceId())),
                "spec", specMap);
    }

    /** {@code osServicePrincipal.json}: the service principal's credentials, revealed only into Hive's secret. */
    static String servicePrincipalJson(InstallSpec.ServicePrincipal sp) {
        Map<String, String> json = new LinkedHashMap<>();
        json.put("subscriptionId", sp.subscriptionId());
        json.put("clientId", sp.clientId());
        json.put("clientSecret", sp.clientSecret().reveal());
        json.put("tenantId", sp.tenantId());
        return json(json);
    }

    private static String json(Map<String, ?> value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("maps of strings are always JSON", e);
        }
    }

    /**
     * The manifests a workload-identity cluster is installed with (JSON, which is YAML): the Authentication whose
     * service account issuer is the RP's OIDC URL, and each operator's credentials secret.
     */
    static Map<String, String> manifests(InstallSpec.WorkloadIdentity wi) {
        Map<String, String> files = new LinkedHashMap<>();
        files.put(AUTHENTICATION_MANIFEST, json(Map.of("apiVersion", "config.openshift.io/v1", "kind",
                "Authentication", "metadata", Map.of("name", "cluster"), "spec",
                Map.of("serviceAccountIssuer", wi.oidcIssuer()))));
        for (InstallSpec.OperatorSecret s : wi.operatorSecrets()) {
            files.put(s.namespace() + "-" + s.name() + "-credentials.yaml", json(Map.of("apiVersion", "v1", "kind",
                    "Secret", "type", "Opaque", "metadata", Map.of("namespace", s.namespace(), "name", s.name()),
                    "stringData", s.data())));
        }
        return files;
    }

    /** The install-config.yaml Hive hands to the installer, from what the install step knows. */
    static String installConfig(InstallSpec spec) {
        StringBuilder yaml = new StringBuilder()
                .append("apiVersion: v1\n")
                .append(spec.workloadIdentity() == null ? "" : "credentialsMode: Manual\n")
                .append("baseDomain: ").append(spec.domain()).append('\n')
                .append("metadata:\n  name: ").append(spec.infraId()).append('\n')
                .append("controlPlane:\n  name: master\n  replicas: 3\n  platform:\n    azure:\n      type: ")
                .append(spec.masterVmSize()).append('\n')
                .append("compute:\n");
        for (InstallSpec.Workers w : spec.workers()) {
            yaml.append("- name: ").append(w.name()).append("\n  replicas: ").append(w.count())
                    .append("\n  platform:\n    azure:\n      type: ").append(w.vmSize())
                    .append("\n      osDisk:\n        diskSizeGB: ").append(w.diskSizeGB()).append('\n');
        }
        return yaml.append("platform:\n  azure:\n    region: ").append(spec.location()).append('\n')
                .append("    networkResourceGroupName: ").append(resourceGroupOf(spec.masterSubnetId())).append('\n')
                .append("    virtualNetwork: ").append(segmentAfter(spec.masterSubnetId(), "virtualNetworks"))
                .append('\n')
                .append("    controlPlaneSubnet: ").append(segmentAfter(spec.masterSubnetId(), "subnets")).append('\n')
                .append("    computeSubnet: ").append(spec.workers().isEmpty() ? ""
                        : segmentAfter(spec.workers().get(0).subnetId(), "subnets")).append('\n')
                .toString();
    }

    private static String resourceGroupOf(String id) {
        return segmentAfter(id, "resourceGroups");
    }

    private static String segmentAfter(String id, String segment) {
        List<String> parts = List.of(id == null ? new String[0] : id.split("/"));
        for (int i = 0; i + 1 < parts.size(); i++) {
            if (parts.get(i).equalsIgnoreCase(segment)) {
                return parts.get(i + 1);
            }
        }
        return "";
    }
}
