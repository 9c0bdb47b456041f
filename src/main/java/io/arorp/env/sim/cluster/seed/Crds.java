package io.arorp.env.sim.cluster.seed;

import static io.arorp.env.sim.cluster.seed.Json.array;
import static io.arorp.env.sim.cluster.seed.Json.object;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * The custom resource definitions of a fresh ARO cluster that the RP, the monitor and the ARO operator read or write.
 * Schemas accept anything (the mock does not validate); what matters is group, version, names, scope and subresources.
 */
final class Crds {
    /** One served version of one custom resource. */
    record Crd(String group, String version, String kind, String plural, boolean namespaced, String... shortNames) {
        SeedObject toSeed() {
            String singular = kind.toLowerCase(java.util.Locale.ROOT);
            ObjectNode subresources = object("status", object());
            if (kind.equals("MachineSet")) {
                subresources.set("scale", object("specReplicasPath", ".spec.replicas",
                        "statusReplicasPath", ".status.replicas", "labelSelectorPath", ".status.labelSelector"));
            }
            ObjectNode spec = object(
                    "group", group,
                    "scope", namespaced ? "Namespaced" : "Cluster",
                    "names", object("plural", plural, "singular", singular, "kind", kind, "listKind", kind + "List",
                            "shortNames", shortNames.length == 0 ? null : array((Object[]) shortNames)),
                    "versions", array(object("name", version, "served", true, "storage", true,
                            "subresources", subresources,
                            "schema", object("openAPIV3Schema",
                                    object("type", "object", "x-kubernetes-preserve-unknown-fields", true)))));
            ObjectNode crd = Json.resource("apiextensions.k8s.io/v1", "CustomResourceDefinition", null,
                    plural + "." + group, null);
            crd.set("spec", spec);
            return SeedObject.of("apiextensions.k8s.io", "v1", "customresourcedefinitions", null, crd);
        }
    }

    static final Crd CLUSTER_VERSION = new Crd("config.openshift.io", "v1", "ClusterVersion", "clusterversions", false);
    static final Crd CLUSTER_OPERATOR = new Crd("config.openshift.io", "v1", "ClusterOperator", "clusteroperators", false, "co");
    static final Crd INFRASTRUCTURE = new Crd("config.openshift.io", "v1", "Infrastructure", "infrastructures", false);
    static final Crd CONSOLE_CONFIG = new Crd("config.openshift.io", "v1", "Console", "consoles", false);
    static final Crd CONSOLE_OPERATOR = new Crd("operator.openshift.io", "v1", "Console", "consoles", false);
    static final Crd INGRESS_CONTROLLER = new Crd("operator.openshift.io", "v1", "IngressController", "ingresscontrollers", true);
    static final Crd MACHINE_SET = new Crd("machine.openshift.io", "v1beta1", "MachineSet", "machinesets", true);
    static final Crd MACHINE = new Crd("machine.openshift.io", "v1beta1", "Machine", "machines", true);
    static final Crd ARO_CLUSTER = new Crd("aro.openshift.io", "v1alpha1", "Cluster", "clusters", false);
    static final Crd CREDENTIALS_REQUEST = new Crd("cloudcredential.openshift.io", "v1", "CredentialsRequest",
            "credentialsrequests", true);
    static final Crd CLOUD_CREDENTIAL = new Crd("operator.openshift.io", "v1", "CloudCredential", "cloudcredentials",
            false);
    static final Crd NETWORK = new Crd("config.openshift.io", "v1", "Network", "networks", false);
    /** The registry operator's config, where the admin update finds the registry's storage account of old clusters. */
    static final Crd IMAGE_REGISTRY_CONFIG = new Crd("imageregistry.operator.openshift.io", "v1", "Config", "configs",
            false);
    /** metrics.k8s.io is an aggregated API (metrics-server) in a real cluster; CRDs serve the same paths here. */
    static final Crd NODE_METRICS = new Crd("metrics.k8s.io", "v1beta1", "NodeMetrics", "nodes", false);
    static final Crd POD_METRICS = new Crd("metrics.k8s.io", "v1beta1", "PodMetrics", "pods", true);

    static final List<Crd> ALL = List.of(CLUSTER_VERSION, CLUSTER_OPERATOR, INFRASTRUCTURE, CONSOLE_CONFIG,
            CONSOLE_OPERATOR, INGRESS_CONTROLLER, MACHINE_SET, MACHINE, ARO_CLUSTER, NODE_METRICS, POD_METRICS,
            CREDENTIALS_REQUEST, CLOUD_CREDENTIAL, NETWORK, IMAGE_REGISTRY_CONFIG);

    private Crds() {
    }

    /** The object of custom resource {@code crd}, named and placed as its CRD says. */
    static SeedObject resource(Crd crd, String namespace, String name, ObjectNode labels, ObjectNode spec,
                               ObjectNode status) {
        ObjectNode object = Json.resource(crd.group() + "/" + crd.version(), crd.kind(), namespace, name, labels);
        object.set("spec", spec);
        if (status != null) {
            object.set("status", status);
        }
        return SeedObject.of(crd.group(), crd.version(), crd.plural(), namespace, object);
    }
}
