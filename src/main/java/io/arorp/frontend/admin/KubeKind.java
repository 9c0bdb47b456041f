package io.arorp.frontend.admin;

import io.arorp.api.CloudException;
import java.util.Locale;
import java.util.Map;

/**
 * The Kubernetes kinds the admin API reaches, with where they live. A fixed table rather than discovery: SREs act on
 * a known set of objects, and an unknown kind is refused before the cluster is called.
 *
 * @param group empty for the core group
 */
record KubeKind(String kind, String group, String version, String plural, boolean namespaced) {
    private static final Map<String, KubeKind> KINDS = Map.ofEntries(
            core("Pod", "pods", true), core("ConfigMap", "configmaps", true), core("Service", "services", true),
            core("ServiceAccount", "serviceaccounts", true), core("Event", "events", true),
            core("Namespace", "namespaces", false), core("Node", "nodes", false),
            core("PersistentVolume", "persistentvolumes", false),
            core("PersistentVolumeClaim", "persistentvolumeclaims", true),
            of("Deployment", "apps", "v1", "deployments", true), of("DaemonSet", "apps", "v1", "daemonsets", true),
            of("StatefulSet", "apps", "v1", "statefulsets", true), of("ReplicaSet", "apps", "v1", "replicasets", true),
            of("Job", "batch", "v1", "jobs", true),
            of("MachineSet", "machine.openshift.io", "v1beta1", "machinesets", true),
            of("Machine", "machine.openshift.io", "v1beta1", "machines", true),
            of("ClusterVersion", "config.openshift.io", "v1", "clusterversions", false),
            of("ClusterOperator", "config.openshift.io", "v1", "clusteroperators", false),
            of("Infrastructure", "config.openshift.io", "v1", "infrastructures", false),
            of("IngressController", "operator.openshift.io", "v1", "ingresscontrollers", true),
            of("Cluster", "aro.openshift.io", "v1alpha1", "clusters", false),
            of("CustomResourceDefinition", "apiextensions.k8s.io", "v1", "customresourcedefinitions", false));

    static KubeKind of(String kind) {
        if (kind == null || kind.isBlank()) {
            throw new CloudException(400, "InvalidParameter", "kind", "The provided kind '' is invalid.");
        }
        if ("secret".equalsIgnoreCase(kind)) {
            throw new CloudException(403, "Forbidden", "kind", "Access to secrets is forbidden.");
        }
        KubeKind k = KINDS.get(kind.toLowerCase(Locale.ROOT));
        if (k == null) {
            throw new CloudException(400, "InvalidParameter", "kind", "The provided kind '" + kind + "' is invalid.");
        }
        return k;
    }

    /** {@code group/Kind/name}, the target of an error from the cluster. */
    String target(String name) {
        return (group.isEmpty() ? "" : group) + "/" + kind + "/" + (name == null ? "" : name);
    }

    private static Map.Entry<String, KubeKind> core(String kind, String plural, boolean namespaced) {
        return of(kind, "", "v1", plural, namespaced);
    }

    private static Map.Entry<String, KubeKind> of(String kind, String group, String version, String plural,
            boolean namespaced) {
        return Map.entry(kind.toLowerCase(Locale.ROOT), new KubeKind(kind, group, version, plural, namespaced));
    }
}
