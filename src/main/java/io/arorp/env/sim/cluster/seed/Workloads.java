package io.arorp.env.sim.cluster.seed;

import static io.arorp.env.sim.cluster.seed.Json.array;
import static io.arorp.env.sim.cluster.seed.Json.object;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * The pods SREs act on, with what metrics-server would report for them: on masters the etcd and kube-apiserver static
 * pods (mirror pods, owned by their Node), on every node a DNS DaemonSet pod, on the first workers the routers and the
 * image registry (ReplicaSets) and Prometheus (StatefulSet); NodeMetrics and PodMetrics for all; and one pending
 * kubelet-serving CSR, as a node that just joined leaves.
 */
final class Workloads {
    private final Instant now;
    private final List<SeedObject> objects = new ArrayList<>();

    private Workloads(Instant now) {
        this.now = now;
    }

    static List<SeedObject> of(List<ObjectNode> nodes, Instant now) {
        Workloads w = new Workloads(now);
        List<String> workers = new ArrayList<>();
        for (ObjectNode node : nodes) {
            String name = node.path("metadata").path("name").asText();
            boolean master = node.path("metadata").path("labels").has("node-role.kubernetes.io/master");
            if (master) {
                w.pod("openshift-etcd", "etcd-" + name, name, mirror(name), "etcdctl", "etcd", "etcd-metrics");
                w.pod("openshift-kube-apiserver", "kube-apiserver-" + name, name, mirror(name), "kube-apiserver",
                        "kube-apiserver-check-endpoints");
            } else {
                workers.add(name);
            }
            w.pod("openshift-dns", "dns-default-" + suffix(name), name, owner("apps/v1", "DaemonSet", "dns-default"),
                    "dns", "kube-rbac-proxy");
            w.objects.add(SeedObject.of("metrics.k8s.io", "v1beta1", "nodes", null, w.metrics("NodeMetrics", null,
                    name, object("cpu", "850m", "memory", "8012Mi"))));
        }
        for (int i = 0; i < Math.min(2, workers.size()); i++) {
            w.pod("openshift-ingress", "router-default-5f7d8c9b4-" + suffix(workers.get(i)), workers.get(i),
                    owner("apps/v1", "ReplicaSet", "router-default-5f7d8c9b4"), "router");
            w.pod("openshift-monitoring", "prometheus-k8s-" + i, workers.get(i),
                    owner("apps/v1", "StatefulSet", "prometheus-k8s"), "prometheus", "config-reloader");
        }
        if (!workers.isEmpty()) {
            w.pod("openshift-image-registry", "image-registry-6c4b9f7d8-" + suffix("registry"), workers.get(0),
                    owner("apps/v1", "ReplicaSet", "image-registry-6c4b9f7d8"), "registry");
            w.csr(workers.get(0));
        }
        return w.objects;
    }

    private void pod(String namespace, String name, String node, ObjectNode metadata, String... containers) {
        String app = namespace.equals("openshift-kube-apiserver") ? "openshift-kube-apiserver"
                : name.replaceAll("-[^-]+$", "");
        ObjectNode pod = Json.resource("v1", "Pod", namespace, name, object("app", app));
        ((ObjectNode) pod.get("metadata")).setAll(metadata);
        Object[] specs = new Object[containers.length];
        Object[] usage = new Object[containers.length];
        for (int i = 0; i < containers.length; i++) {
            specs[i] = object("name", containers[i], "image", "quay.io/openshift-release-dev/ocp-v4.0-art-dev@sha256:"
                    + hex(containers[i]));
            usage[i] = object("name", containers[i], "usage", object("cpu", (5 + i * 7) + "m", "memory",
                    (40 + i * 25) + "Mi"));
        }
        pod.set("spec", object("nodeName", node, "containers", array(specs)));
        pod.set("status", object("phase", "Running", "startTime", Json.time(now),
                "conditions", array(Json.condition("Ready", true, null, null, now))));
        objects.add(SeedObject.core("pods", namespace, pod));
        ObjectNode metrics = metrics("PodMetrics", namespace, name, null);
        metrics.set("containers", array(usage));
        objects.add(SeedObject.of("metrics.k8s.io", "v1beta1", "pods", namespace, metrics));
    }

    private ObjectNode metrics(String kind, String namespace, String name, ObjectNode usage) {
        ObjectNode metrics = Json.resource("metrics.k8s.io/v1beta1", kind, namespace, name, null);
        metrics.put("timestamp", Json.time(now));
        metrics.put("window", "5m0s");
        if (usage != null) {
            metrics.set("usage", usage);
        }
        return metrics;
    }

    private void csr(String node) {
        String request = "-----BEGIN CERTIFICATE REQUEST-----\nCN=system:node:" + node
                + ",O=system:nodes\n-----END CERTIFICATE REQUEST-----\n";
        ObjectNode csr = Json.resource("certificates.k8s.io/v1", "CertificateSigningRequest", null,
                "csr-" + suffix(node + "/serving"), null);
        csr.set("spec", object("request", Base64.getEncoder().encodeToString(request.getBytes(StandardCharsets.UTF_8)),
                "signerName", "kubernetes.io/kubelet-serving", "username", "system:node:" + node,
                "groups", array("system:nodes", "system:authenticated"),
                "usages", array("digital signature", "server auth")));
        objects.add(SeedObject.of("certificates.k8s.io", "v1", "certificatesigningrequests", null, csr));
    }

    private static ObjectNode mirror(String node) {
        ObjectNode metadata = owner("v1", "Node", node);
        metadata.set("annotations", object("kubernetes.io/config.mirror", hex(node), "kubernetes.io/config.source",
                "file"));
        return metadata;
    }

    private static ObjectNode owner(String apiVersion, String kind, String name) {
        JsonNode reference = object("apiVersion", apiVersion, "kind", kind, "name", name, "uid",
                java.util.UUID.nameUUIDFromBytes((kind + "/" + name).getBytes(StandardCharsets.UTF_8)).toString(),
                "controller", true);
        return object("ownerReferences", array(reference));
    }

    private static String suffix(String seed) {
        return hex(seed).substring(0, 5);
    }

    private static String hex(String seed) {
        return java.util.UUID.nameUUIDFromBytes(seed.getBytes(StandardCharsets.UTF_8)).toString().replace("-", "");
    }
}
