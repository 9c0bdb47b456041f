package io.arorp.env.sim.cluster.seed;

import static io.arorp.env.sim.cluster.seed.Json.array;
import static io.arorp.env.sim.cluster.seed.Json.object;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.arorp.env.sim.cluster.ClusterSeed;
import io.arorp.env.sim.cluster.ClusterSeed.WorkerProfile;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Control-plane and worker machines of a fresh cluster, as the installer and the machine API leave them: three master
 * Machines, per worker profile one MachineSet per zone with its Machines, and a Ready Node behind every Machine.
 */
final class Machines {
    static final String NAMESPACE = "openshift-machine-api";
    private static final int ZONES = 3;
    private static final int MASTER_DISK_GB = 1024;

    private final ClusterSeed seed;
    private final Instant now;
    private final List<SeedObject> objects = new ArrayList<>();
    private int nextAddress = 5;

    private Machines(ClusterSeed seed, Instant now) {
        this.seed = seed;
        this.now = now;
    }

    static List<SeedObject> of(ClusterSeed seed, Instant now) {
        Machines machines = new Machines(seed, now);
        for (int i = 0; i < 3; i++) {
            machines.machine(seed.infraId() + "-master-" + i, "master", null, seed.masterVmSize(),
                    machines.providerSpec(seed.masterVmSize(), MASTER_DISK_GB, seed.masterSubnetId(), i % ZONES + 1,
                            false, "master-user-data"));
        }
        seed.workerProfiles().forEach(machines::workerProfile);
        return machines.objects;
    }

    private void workerProfile(WorkerProfile profile) {
        for (int zone = 1; zone <= ZONES; zone++) {
            int replicas = profile.count() / ZONES + (zone <= profile.count() % ZONES ? 1 : 0);
            String set = seed.infraId() + "-" + profile.name() + "-" + seed.location() + zone;
            ObjectNode spec = providerSpec(profile.vmSize(), profile.diskSizeGB(), profile.subnetId(), zone,
                    profile.encryptionAtHost(), "worker-user-data");
            ObjectNode selector = object("machine.openshift.io/cluster-api-cluster", seed.infraId(),
                    "machine.openshift.io/cluster-api-machineset", set);
            ObjectNode templateLabels = labels("worker", set);
            objects.add(Crds.resource(Crds.MACHINE_SET, NAMESPACE, set, labels("worker", null),
                    object("replicas", replicas,
                            "selector", object("matchLabels", selector),
                            "template", object("metadata", object("labels", templateLabels),
                                    "spec", object("providerSpec", object("value", spec)))),
                    object("replicas", replicas, "readyReplicas", replicas, "availableReplicas", replicas,
                            "fullyLabeledReplicas", replicas, "observedGeneration", 1)));
            for (int i = 0; i < replicas; i++) {
                machine(set + "-" + suffix(set, i), "worker", set, profile.vmSize(), spec);
            }
        }
    }

    private void machine(String name, String role, String machineSet, String vmSize, ObjectNode providerSpec) {
        String zone = providerSpec.path("zone").asText();
        String address = "10.0." + (role.equals("master") ? 0 : 2) + "." + nextAddress++;
        String providerId = "azure://" + seed.clusterResourceGroupId() + "/providers/Microsoft.Compute/virtualMachines/" + name;
        ObjectNode labels = labels(role, machineSet);
        labels.put("machine.openshift.io/instance-type", vmSize);
        labels.put("machine.openshift.io/region", seed.location());
        labels.put("machine.openshift.io/zone", zone);
        objects.add(Crds.resource(Crds.MACHINE, NAMESPACE, name, labels,
                object("providerID", providerId, "providerSpec", object("value", providerSpec)),
                object("phase", "Running",
                        "nodeRef", object("kind", "Node", "name", name),
                        "addresses", array(object("type", "InternalIP", "address", address)),
                        "providerStatus", object("vmState", "Running"))));
        objects.add(node(name, role, vmSize, zone, address, providerId));
    }

    private SeedObject node(String name, String role, String vmSize, String zone, String address, String providerId) {
        String zoneLabel = seed.location() + "-" + zone;
        ObjectNode labels = object("kubernetes.io/arch", "amd64", "kubernetes.io/os", "linux",
                "kubernetes.io/hostname", name, "node.kubernetes.io/instance-type", vmSize,
                "beta.kubernetes.io/instance-type", vmSize,
                "node.openshift.io/os_id", "rhcos", "topology.kubernetes.io/region", seed.location(),
                "topology.kubernetes.io/zone", zoneLabel, "node-role.kubernetes.io/" + role, "");
        if (role.equals("master")) {
            labels.put("node-role.kubernetes.io/control-plane", "");
        }
        ObjectNode node = Json.resource("v1", "Node", null, name, labels);
        ((ObjectNode) node.get("metadata")).set("annotations",
                object("machine.openshift.io/machine", NAMESPACE + "/" + name));
        node.set("spec", object("providerID", providerId, "taints", role.equals("master")
                ? array(object("key", "node-role.kubernetes.io/master", "effect", "NoSchedule")) : null));
        int cpus = VmSizes.cores(vmSize);
        ObjectNode capacity = object("cpu", String.valueOf(cpus), "memory", VmSizes.memoryGiB(vmSize) + "Gi", "pods", "250");
        String kubelet = "v1." + seed.kubernetesMinor() + ".0";
        node.set("status", object(
                "conditions", array(nodeCondition("MemoryPressure", false), nodeCondition("DiskPressure", false),
                        nodeCondition("PIDPressure", false), nodeCondition("Ready", true)),
                "addresses", array(object("type", "InternalIP", "address", address), object("type", "Hostname", "address", name)),
                "capacity", capacity, "allocatable", capacity.deepCopy(),
                "nodeInfo", object("machineID", hex(name + "/machine"), "systemUUID", uuid(name + "/system"),
                        "bootID", uuid(name + "/boot"), "kernelVersion", "5.14.0-284.el9.x86_64",
                        "kubeletVersion", kubelet, "kubeProxyVersion", kubelet, "architecture", "amd64",
                        "operatingSystem", "linux", "containerRuntimeVersion", "cri-o://1." + seed.kubernetesMinor() + ".0",
                        "osImage", "Red Hat Enterprise Linux CoreOS (OpenShift " + seed.version() + ")")));
        return SeedObject.core("nodes", null, node);
    }

    private ObjectNode nodeCondition(String type, boolean status) {
        ObjectNode condition = Json.condition(type, status, status ? "KubeletReady" : "KubeletHasSufficient" + type,
                status ? "kubelet is posting ready status" : "kubelet has no " + type, now);
        condition.put("lastHeartbeatTime", Json.time(now));
        return condition;
    }

    /** The AzureMachineProviderSpec the machine API creates VMs from. */
    private ObjectNode providerSpec(String vmSize, int diskSizeGB, String subnetId, int zone, boolean encryptionAtHost,
                                    String userData) {
        SubnetId subnet = SubnetId.parse(subnetId);
        String minor = seed.version().substring(0, seed.version().lastIndexOf('.')).replace(".", "");
        return object("apiVersion", "machine.openshift.io/v1beta1", "kind", "AzureMachineProviderSpec",
                "location", seed.location(), "zone", String.valueOf(zone), "vmSize", vmSize,
                "resourceGroup", last(seed.clusterResourceGroupId()),
                "networkResourceGroup", subnet.resourceGroup(), "vnet", subnet.vnet(), "subnet", subnet.subnet(),
                "publicIP", false, "publicLoadBalancer", seed.infraId(), "internalLoadBalancer", seed.infraId() + "-internal",
                "osDisk", object("diskSizeGB", diskSizeGB, "osType", "Linux",
                        "managedDisk", object("storageAccountType", "Premium_LRS")),
                "image", object("publisher", "azureopenshift", "offer", "aro4", "sku", "aro_" + minor,
                        "version", seed.version().replace("4.", "") + ".0", "resourceID", ""),
                "securityProfile", object("encryptionAtHost", encryptionAtHost),
                "userDataSecret", object("name", userData),
                "credentialsSecret", object("name", "azure-cloud-credentials", "namespace", NAMESPACE));
    }

    private ObjectNode labels(String role, String machineSet) {
        return object("machine.openshift.io/cluster-api-cluster", seed.infraId(),
                "machine.openshift.io/cluster-api-machine-role", role,
                "machine.openshift.io/cluster-api-machine-type", role,
                "machine.openshift.io/cluster-api-machineset", machineSet);
    }

    /** Five characters standing in for the machine API's random suffix; derived, so a seed is reproducible. */
    private static String suffix(String machineSet, int index) {
        String alphabet = "bcdfghjklmnpqrstvwxz2456789";
        int hash = (machineSet + "/" + index).hashCode() & Integer.MAX_VALUE;
        StringBuilder suffix = new StringBuilder();
        for (int i = 0; i < 5; i++) {
            suffix.append(alphabet.charAt(hash % alphabet.length()));
            hash /= alphabet.length();
        }
        return suffix.toString();
    }

    private static String uuid(String seed) {
        return UUID.nameUUIDFromBytes(seed.getBytes(StandardCharsets.UTF_8)).toString();
    }

    private static String hex(String seed) {
        return uuid(seed).replace("-", "");
    }

    private static String last(String armId) {
        return armId.substring(armId.lastIndexOf('/') + 1);
    }
}
