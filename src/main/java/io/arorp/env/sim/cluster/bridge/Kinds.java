package io.arorp.env.sim.cluster.bridge;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The kind of a resource path. A real API server fills in a body's missing {@code apiVersion} and {@code kind} from the
 * URL, and client-java relies on it (its typed create calls send neither); the mock refuses such bodies. Built-in kinds
 * come from the table below, custom ones from the mock's discovery of the CRDs it holds.
 */
final class Kinds {
    private static final Map<String, String> BUILT_IN = Map.ofEntries(
            Map.entry("/pods", "Pod"), Map.entry("/services", "Service"), Map.entry("/configmaps", "ConfigMap"),
            Map.entry("/secrets", "Secret"), Map.entry("/namespaces", "Namespace"), Map.entry("/nodes", "Node"),
            Map.entry("/serviceaccounts", "ServiceAccount"), Map.entry("/endpoints", "Endpoints"),
            Map.entry("/events", "Event"), Map.entry("/persistentvolumes", "PersistentVolume"),
            Map.entry("/persistentvolumeclaims", "PersistentVolumeClaim"),
            Map.entry("/replicationcontrollers", "ReplicationController"), Map.entry("/resourcequotas", "ResourceQuota"),
            Map.entry("/limitranges", "LimitRange"), Map.entry("/podtemplates", "PodTemplate"),
            Map.entry("apps/deployments", "Deployment"), Map.entry("apps/daemonsets", "DaemonSet"),
            Map.entry("apps/statefulsets", "StatefulSet"), Map.entry("apps/replicasets", "ReplicaSet"),
            Map.entry("apps/controllerrevisions", "ControllerRevision"),
            Map.entry("batch/jobs", "Job"), Map.entry("batch/cronjobs", "CronJob"),
            Map.entry("rbac.authorization.k8s.io/roles", "Role"),
            Map.entry("rbac.authorization.k8s.io/rolebindings", "RoleBinding"),
            Map.entry("rbac.authorization.k8s.io/clusterroles", "ClusterRole"),
            Map.entry("rbac.authorization.k8s.io/clusterrolebindings", "ClusterRoleBinding"),
            Map.entry("apiextensions.k8s.io/customresourcedefinitions", "CustomResourceDefinition"),
            Map.entry("admissionregistration.k8s.io/validatingwebhookconfigurations", "ValidatingWebhookConfiguration"),
            Map.entry("admissionregistration.k8s.io/mutatingwebhookconfigurations", "MutatingWebhookConfiguration"),
            Map.entry("admissionregistration.k8s.io/validatingadmissionpolicies", "ValidatingAdmissionPolicy"),
            Map.entry("admissionregistration.k8s.io/validatingadmissionpolicybindings", "ValidatingAdmissionPolicyBinding"),
            Map.entry("storage.k8s.io/storageclasses", "StorageClass"), Map.entry("storage.k8s.io/csidrivers", "CSIDriver"),
            Map.entry("policy/poddisruptionbudgets", "PodDisruptionBudget"),
            Map.entry("networking.k8s.io/networkpolicies", "NetworkPolicy"),
            Map.entry("networking.k8s.io/ingresses", "Ingress"),
            Map.entry("certificates.k8s.io/certificatesigningrequests", "CertificateSigningRequest"),
            Map.entry("coordination.k8s.io/leases", "Lease"),
            Map.entry("scheduling.k8s.io/priorityclasses", "PriorityClass"),
            Map.entry("events.k8s.io/events", "Event"),
            Map.entry("autoscaling/horizontalpodautoscalers", "HorizontalPodAutoscaler"),
            Map.entry("discovery.k8s.io/endpointslices", "EndpointSlice"));

    private final HttpClient client;
    private final MockEndpoint mock;
    private final ObjectMapper mapper;
    private final Map<String, String> custom = new ConcurrentHashMap<>();

    Kinds(HttpClient client, MockEndpoint mock, ObjectMapper mapper) {
        this.client = client;
        this.mock = mock;
        this.mapper = mapper;
    }

    /**
     * The body with {@code apiVersion} and {@code kind} filled in from the path where it lacks them, as the API
     * server defaults them; any other body (not a JSON object, type already given, unknown resource) unchanged.
     */
    byte[] withTypeMeta(String path, byte[] body) throws IOException, InterruptedException {
        ApiPath target = ApiPath.parse(path);
        if (target.resource() == null || body.length == 0) {
            return body;
        }
        JsonNode object;
        try {
            object = mapper.readTree(body);
        } catch (IOException notJson) {
            return body;
        }
        if (!(object instanceof ObjectNode node) || (node.hasNonNull("kind") && node.hasNonNull("apiVersion"))) {
            return body;
        }
        Optional<String> kind = kind(target.group(), target.version(), target.resource());
        if (kind.isEmpty()) {
            return body;
        }
        if (!node.hasNonNull("apiVersion")) {
            node.put("apiVersion", target.apiVersion());
        }
        if (!node.hasNonNull("kind")) {
            node.put("kind", kind.get());
        }
        return mapper.writeValueAsBytes(node);
    }

    /** The kind served at {@code group/version/resource}, if this cluster knows the resource. */
    Optional<String> kind(String group, String version, String resource) throws IOException, InterruptedException {
        String key = group + "/" + resource;
        String kind = BUILT_IN.get(key);
        if (kind == null) {
            kind = custom.get(group + "/" + version + "/" + resource);
        }
        if (kind == null && !group.isEmpty()) {
            discover(group, version);
            kind = custom.get(group + "/" + version + "/" + resource);
        }
        return Optional.ofNullable(kind);
    }

    /** Learns the kinds of a custom group version from the mock (its CRD processor answers discovery). */
    private void discover(String group, String version) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = client.send(HttpRequest.newBuilder(mock.uri().resolve("/apis/" + group + "/" + version))
                .GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200 || response.body().length == 0) {
            return;
        }
        JsonNode list = mapper.readTree(response.body());
        if (!"APIResourceList".equals(list.path("kind").asText())) {
            return;
        }
        for (JsonNode resource : list.path("resources")) {
            custom.put(group + "/" + version + "/" + resource.path("name").asText(), resource.path("kind").asText());
        }
    }
}
