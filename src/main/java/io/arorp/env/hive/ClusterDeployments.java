package io.arorp.env.hive;

import io.arorp.env.installer.HiveAdopter;
import io.arorp.env.installer.InstallSpec;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * The objects the RP asks Hive for, one namespace per cluster: the {@code ClusterDeployment} and the secrets it
 * references (pull secret, install config), for an install or an adoption. Desired state only; {@link HiveInstaller}
 * and {@link HiveAdoption} write and watch it.
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
    /** Adoption: the secret holding the RP's kubeconfig of the cluster, Hive's {@code adminKubeconfigSecretRef}. */
    static final String SERVICE_KUBECONFIG = "aro-service-kubeconfig-secret";
    static final String PLATFORM_LABEL = "hive.openshift.io/cluster-platform";
    static final String REGION_LABEL = "hive.openshift.io/cluster-region";
    /** Hive's hibernation controller, which ARO does not use, stays off for an adopted cluster. */
    static final String INFRA_DISABLED_ANNOTATION = "hive.openshift.io/infra-disabled";
    /** JSON object of fields Hive adds to its log lines about the cluster. */
    static final String LOG_FIELDS_ANNOTATION = "hive.openshift.io/additional-log-fields";
    static final java.util.Set<String> CORRELATION_FIELDS = java.util.Set.of("correlation_id", "client_request_id",
            "request_id", "client_principal_name");
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
        Map<String, Object> specMap = new LinkedHashMap<>();
        specMap.put("clusterName", spec.infraId());
        specMap.put("baseDomain", baseDomain(spec.domain()));
        specMap.put("platform", platform(spec.location(), spec.clusterResourceGroupId(),
                spec.servicePrincipal() != null, settings));
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
        return object(spec.clusterResourceId(), spec.location(), Map.of(), specMap);
    }

    /**
     * The ClusterDeployment of a cluster installed without Hive (the original's adoptedClusterDeployment): installed,
     * its metadata and the RP's kubeconfig to reach it with, the API at {@code api-int} through the RP's private
     * endpoint, and {@code preserveOnDelete} so that deleting it never deprovisions the cluster.
     */
    static Map<String, Object> adoptedClusterDeployment(HiveAdopter.Adoption a, HiveSettings settings) {
        Map<String, Object> spec = new LinkedHashMap<>();
        spec.put("clusterName", a.name());
        spec.put("baseDomain", baseDomain(a.domain()));
        spec.put("platform", platform(a.location(), a.clusterResourceGroupId(), a.servicePrincipal() != null,
                settings));
        spec.put("pullSecretRef", Map.of("name", PULL_SECRET));
        if (a.boundServiceAccountSigningKey() != null) {
            spec.put("boundServiceAccountSigningKeySecretRef", Map.of("name", BOUND_SA_KEY));
        }
        spec.put("installed", true);
        spec.put("clusterMetadata", Map.of("clusterID", a.clusterId(), "infraID", a.infraId(),
                "adminKubeconfigSecretRef", Map.of("name", SERVICE_KUBECONFIG)));
        Map<String, Object> controlPlane = new LinkedHashMap<>();
        if (a.apiServerIp() != null) {
            controlPlane.put("apiServerIPOverride", a.apiServerIp());
        }
        controlPlane.put("apiURLOverride", "api-int." + a.domain() + ":6443");
        spec.put("controlPlaneConfig", controlPlane);
        spec.put("preserveOnDelete", true);
        spec.put("manageDNS", false);
        Map<String, String> logFields = new TreeMap<>(resourceLogFields(a.clusterResourceId()));
        logFields.putAll(a.correlation());
        return object(a.clusterResourceId(), a.location(), Map.of(INFRA_DISABLED_ANNOTATION, "true",
                LOG_FIELDS_ANNOTATION, json(logFields)), spec);
    }

    /** Hive's and the installer's log lines about the cluster carry these fields (the original's resource fields). */
    private static Map<String, String> resourceLogFields(String clusterResourceId) {
        String id = clusterResourceId.toLowerCase(Locale.ROOT);
        return Map.of("resource_id", id, "subscription_id", segmentAfter(id, "subscriptions"),
                "resource_group", resourceGroupOf(id), "resource_name", id.substring(id.lastIndexOf('/') + 1));
    }

    /** The log fields annotation without the request's correlation fields; null when it holds none of them. */
    static String withoutCorrelation(Map<String, Object> cd) {
        Object value = HiveStatus.map(HiveStatus.map(cd.get("metadata")).get("annotations")).get(LOG_FIELDS_ANNOTATION);
        if (value == null) {
            return null;
        }
        try {
            Map<String, String> fields = new TreeMap<>(MAPPER.readValue(value.toString(),
                    new com.fasterxml.jackson.core.type.TypeReference<Map<String, String>>() { }));
            return fields.keySet().removeAll(CORRELATION_FIELDS) ? json(fields) : null;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return null; // not ours to repair
        }
    }

    /** Both paths' ClusterDeployment object: named {@value #NAME}, labelled for Hive, the cluster's id annotated. */
    private static Map<String, Object> object(String clusterResourceId, String location,
            Map<String, String> annotations, Map<String, Object> spec) {
        Map<String, String> allAnnotations = new TreeMap<>(annotations);
        allAnnotations.put(CLUSTER_ID_ANNOTATION, clusterResourceId);
        return Map.of("apiVersion", GROUP + "/" + VERSION, "kind", "ClusterDeployment",
                "metadata", Map.of("name", NAME, "namespace", namespace(clusterResourceId),
                        "labels", Map.of(PLATFORM_LABEL, "azure", REGION_LABEL, location),
                        "annotations", allAnnotations),
                "spec", spec);
    }

    private static Map<String, Object> platform(String location, String clusterResourceGroupId,
            boolean servicePrincipal, HiveSettings settings) {
        Map<String, Object> azure = new LinkedHashMap<>();
        azure.put("region", location);
        azure.put("baseDomainResourceGroupName", settings.baseDomainResourceGroup());
        azure.put("resourceGroupName", clusterResourceGroupId.substring(clusterResourceGroupId.lastIndexOf('/') + 1));
        if (servicePrincipal) {
            azure.put("credentialsSecretRef", Map.of("name", CLUSTER_SP));
        }
        return Map.of("azure", azure);
    }

    private static String baseDomain(String domain) {
        int dot = domain.indexOf('.');
        return dot < 0 ? domain : domain.substring(dot + 1);
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
