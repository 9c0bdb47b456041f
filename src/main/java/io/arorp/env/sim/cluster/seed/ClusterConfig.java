package io.arorp.env.sim.cluster.seed;

import static io.arorp.env.sim.cluster.seed.Json.array;
import static io.arorp.env.sim.cluster.seed.Json.condition;
import static io.arorp.env.sim.cluster.seed.Json.object;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.arorp.env.sim.cluster.ClusterSeed;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * The cluster-wide configuration objects of a cluster whose install has completed: ClusterVersion {@code version}
 * (Available, history Completed), every ClusterOperator Available and not Degraded, Infrastructure and Console
 * {@code cluster}, the default IngressController, and the ARO operator's {@code Cluster} resource.
 */
final class ClusterConfig {
    /** The ClusterOperators of a 4.x cluster on Azure. */
    static final List<String> OPERATORS = List.of(
            "authentication", "cloud-controller-manager", "cloud-credential", "cluster-autoscaler", "config-operator",
            "console", "control-plane-machine-set", "csi-snapshot-controller", "dns", "etcd", "image-registry",
            "ingress", "insights", "kube-apiserver", "kube-controller-manager", "kube-scheduler",
            "kube-storage-version-migrator", "machine-api", "machine-approver", "machine-config", "marketplace",
            "monitoring", "network", "node-tuning", "openshift-apiserver", "openshift-controller-manager",
            "openshift-samples", "operator-lifecycle-manager", "operator-lifecycle-manager-catalog",
            "operator-lifecycle-manager-packageserver", "service-ca", "storage");

    private ClusterConfig() {
    }

    static List<SeedObject> of(ClusterSeed seed, Instant now) {
        List<SeedObject> objects = new ArrayList<>();
        objects.add(clusterVersion(seed, now));
        for (String operator : OPERATORS) {
            objects.add(Crds.resource(Crds.CLUSTER_OPERATOR, null, operator, null, object(), object(
                    "conditions", array(
                            condition("Available", true, "AsExpected", "All is well", now),
                            condition("Progressing", false, "AsExpected", "Desired and current number of replicas are equal", now),
                            condition("Degraded", false, "AsExpected", null, now),
                            condition("Upgradeable", true, "AsExpected", null, now)),
                    "versions", array(object("name", "operator", "version", seed.version())))));
        }
        String rg = seed.clusterResourceGroupId().substring(seed.clusterResourceGroupId().lastIndexOf('/') + 1);
        objects.add(Crds.resource(Crds.INFRASTRUCTURE, null, "cluster", null,
                object("platformSpec", object("type", "Azure"),
                        "cloudConfig", object("name", "cloud-provider-config", "key", "config")),
                object("infrastructureName", seed.infraId(), "platform", "Azure",
                        "platformStatus", object("type", "Azure", "azure", object("resourceGroupName", rg,
                                "networkResourceGroupName", SubnetId.parse(seed.masterSubnetId()).resourceGroup(),
                                "cloudName", "AzurePublicCloud")),
                        "apiServerURL", "https://api." + seed.domain() + ":6443",
                        "apiServerInternalURI", "https://api-int." + seed.domain() + ":6443",
                        "controlPlaneTopology", "HighlyAvailable", "infrastructureTopology", "HighlyAvailable")));
        objects.add(Crds.resource(Crds.CONSOLE_CONFIG, null, "cluster", null, object(),
                object("consoleURL", "https://console-openshift-console.apps." + seed.domain())));
        objects.add(Crds.resource(Crds.CONSOLE_OPERATOR, null, "cluster", null,
                object("managementState", "Managed"), object("conditions", array(
                        condition("DeploymentAvailable", true, "AsExpected", null, now)))));
        objects.add(Crds.resource(Crds.INGRESS_CONTROLLER, "openshift-ingress-operator", "default", null,
                object("replicas", 2, "domain", "apps." + seed.domain()),
                object("availableReplicas", 2, "domain", "apps." + seed.domain(), "conditions", array(
                        condition("Available", true, "AsExpected", null, now),
                        condition("Degraded", false, "AsExpected", null, now)))));
        objects.add(aroCluster(seed));
        // the cloud credential operator in its default mode (passthrough of the root credentials on Azure)
        objects.add(Crds.resource(Crds.CLOUD_CREDENTIAL, null, "cluster", null,
                object("credentialsMode", "", "managementState", "Managed"), object()));
        String networkType = seed.kubernetesMinor() >= 25 ? "OVNKubernetes" : "OpenShiftSDN"; // OVN from 4.12 on
        objects.add(Crds.resource(Crds.NETWORK, null, "cluster", null,
                object("networkType", networkType, "clusterNetwork", array(object("cidr", "10.128.0.0/14",
                        "hostPrefix", 23)), "serviceNetwork", array("172.30.0.0/16")),
                object("networkType", networkType)));
        return objects;
    }

    private static SeedObject clusterVersion(ClusterSeed seed, Instant now) {
        String image = "quay.io/openshift-release-dev/ocp-release:" + seed.version() + "-x86_64";
        String clusterId = UUID.nameUUIDFromBytes(seed.clusterResourceId().getBytes(StandardCharsets.UTF_8)).toString();
        return Crds.resource(Crds.CLUSTER_VERSION, null, "version", null,
                object("clusterID", clusterId, "channel", seed.channel()),
                object("desired", object("version", seed.version(), "image", image),
                        "history", array(object("state", "Completed", "version", seed.version(), "image", image,
                                "startedTime", Json.time(now), "completionTime", Json.time(now), "verified", false)),
                        "observedGeneration", 1,
                        "conditions", array(
                                condition("Available", true, null, "Done applying " + seed.version(), now),
                                condition("Failing", false, null, null, now),
                                condition("Progressing", false, null, "Cluster version is " + seed.version(), now),
                                condition("RetrievedUpdates", false, "NoChannel", null, now))));
    }

    /** The ARO operator's singleton, with the spec the RP writes at install (syncClusterObject). */
    private static SeedObject aroCluster(ClusterSeed seed) {
        String vnetId = seed.masterSubnetId().substring(0, seed.masterSubnetId().toLowerCase(Locale.ROOT).indexOf("/subnets/"));
        ObjectNode spec = object("resourceId", seed.clusterResourceId(),
                "clusterResourceGroupId", seed.clusterResourceGroupId(),
                "domain", seed.domain(), "location", seed.location(), "infraId", seed.infraId(),
                "azEnvironment", "AzurePublicCloud", "architectureVersion", 2, "vnetId", vnetId,
                "genevaLogging", object(), "internetChecker", object("urls", array()),
                "banner", object("content", ""), "operatorflags", object(),
                "serviceSubnets", array(seed.masterSubnetId()));
        seed.workerProfiles().stream().map(p -> p.subnetId()).distinct()
                .filter(id -> !id.equalsIgnoreCase(seed.masterSubnetId()))
                .forEach(id -> spec.withArray("serviceSubnets").add(id));
        // what the ARO operator's checkers report on a healthy cluster shortly after the install
        return Crds.resource(Crds.ARO_CLUSTER, null, "cluster", null, spec, object("conditions", array(
                operatorCondition("InternetReachableFromMaster", "CheckDone"),
                operatorCondition("InternetReachableFromWorker", "CheckDone"),
                operatorCondition("MachineValid", "CheckDone"),
                operatorCondition("ServicePrincipalValid", "CheckDone"))));
    }

    private static ObjectNode operatorCondition(String type, String reason) {
        return object("type", type, "status", "True", "reason", reason, "message", "");
    }
}
