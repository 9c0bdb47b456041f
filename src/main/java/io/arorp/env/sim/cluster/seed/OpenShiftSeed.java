package io.arorp.env.sim.cluster.seed;

import io.arorp.env.sim.cluster.ClusterSeed;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything a freshly installed ARO cluster holds that the RP, the monitor or the operator look at, in creation order:
 * CRDs, namespaces, machines and nodes, then cluster configuration. Seeding is deterministic for a given seed and time.
 */
public final class OpenShiftSeed {
    /** Namespaces present right after an install, plus the ARO operator's. */
    static final List<String> NAMESPACES = List.of(
            "default", "kube-system", "kube-public", "kube-node-lease", "openshift", "openshift-apiserver",
            "openshift-authentication", "openshift-azure-operator", "openshift-cloud-credential-operator", "openshift-cluster-version", "openshift-config",
            "openshift-config-managed", "openshift-console", "openshift-console-operator", "openshift-dns",
            "openshift-etcd", "openshift-image-registry", "openshift-ingress", "openshift-ingress-operator",
            "openshift-kube-apiserver", "openshift-kube-controller-manager", "openshift-kube-scheduler",
            "openshift-machine-api", "openshift-machine-config-operator", "openshift-marketplace",
            "openshift-monitoring", "openshift-network-operator", "openshift-operators", "openshift-sdn");

    private OpenShiftSeed() {
    }

    public static List<SeedObject> objects(ClusterSeed seed, Instant now) {
        List<SeedObject> objects = new ArrayList<>();
        Crds.ALL.forEach(crd -> objects.add(crd.toSeed()));
        for (String namespace : NAMESPACES) {
            var object = Json.resource("v1", "Namespace", null, namespace, null);
            object.set("status", Json.object("phase", "Active"));
            objects.add(SeedObject.core("namespaces", null, object));
        }
        List<SeedObject> machines = Machines.of(seed, now);
        objects.addAll(machines);
        objects.addAll(UserData.of(seed));
        objects.addAll(Workloads.of(machines.stream().map(SeedObject::object)
                .filter(o -> o.path("kind").asText().equals("Node")).toList(), now));
        objects.addAll(ClusterConfig.of(seed, now));
        for (ClusterSeed.SecretSeed secret : seed.secrets()) {
            var object = Json.resource("v1", "Secret", secret.namespace(), secret.name(), null);
            object.put("type", secret.data().containsKey("tls.crt") ? "kubernetes.io/tls" : "Opaque");
            var data = object.putObject("data");
            secret.data().forEach((k, v) -> data.put(k, java.util.Base64.getEncoder().encodeToString(
                    v.getBytes(java.nio.charset.StandardCharsets.UTF_8))));
            objects.add(SeedObject.core("secrets", secret.namespace(), object));
        }
        return objects;
    }
}
