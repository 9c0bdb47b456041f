package io.arorp.env.sim.cluster;

import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a simulated cluster is seeded from: the few facts of the cluster document that shape a fresh OpenShift
 * cluster's objects. A value of its own, so the simulation does not depend on the (versioned, evolving) API model; the
 * simulated installer fills it from the cluster document.
 *
 * @param clusterResourceId ARM id of the OpenShiftCluster resource
 * @param clusterResourceGroupId ARM id of the managed ("cluster") resource group
 * @param location Azure region, e.g. {@code eastus}
 * @param version OpenShift version, {@code 4.<minor>.<patch>}
 * @param infraId infrastructure id (name prefix of machines and Azure resources)
 * @param domain cluster domain: the API is {@code api.<domain>}, routes are under {@code apps.<domain>}
 * @param masterVmSize VM size of the three control-plane machines
 * @param secrets secrets of the installer's extra manifests
 * @param masterSubnetId ARM id of the control-plane subnet
 * @param workerProfiles worker pools, each becoming MachineSets spread over three zones
 */
public record ClusterSeed(String clusterResourceId, String clusterResourceGroupId, String location, String version,
                          String infraId, String domain, String masterVmSize, String masterSubnetId,
                          List<WorkerProfile> workerProfiles, List<SecretSeed> secrets) {
    private static final Pattern VERSION = Pattern.compile("4\\.(\\d+)\\.(\\d+)");

    public ClusterSeed {
        Objects.requireNonNull(clusterResourceId, "clusterResourceId");
        Objects.requireNonNull(clusterResourceGroupId, "clusterResourceGroupId");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(infraId, "infraId");
        Objects.requireNonNull(domain, "domain");
        Objects.requireNonNull(masterVmSize, "masterVmSize");
        Objects.requireNonNull(masterSubnetId, "masterSubnetId");
        if (version == null || !VERSION.matcher(version).matches()) {
            throw new IllegalArgumentException("version must be 4.<minor>.<patch>, got " + version);
        }
        workerProfiles = List.copyOf(workerProfiles);
        secrets = secrets == null ? List.of() : List.copyOf(secrets);
    }

    /** A cluster seeded with no secrets of the installer's manifests (a service-principal cluster). */
    public ClusterSeed(String clusterResourceId, String clusterResourceGroupId, String location, String version,
                       String infraId, String domain, String masterVmSize, String masterSubnetId,
                       List<WorkerProfile> workerProfiles) {
        this(clusterResourceId, clusterResourceGroupId, location, version, infraId, domain, masterVmSize,
                masterSubnetId, workerProfiles, List.of());
    }

    /**
     * A secret the installer's extra manifests put into the cluster (a workload-identity cluster's operator
     * credentials), with its string data.
     */
    public record SecretSeed(String namespace, String name, java.util.Map<String, String> data) {
    }

    /**
     * A worker pool.
     *
     * @param name profile name ({@code worker} by default); MachineSets are {@code <infraId>-<name>-<location><zone>}
     * @param count total machines, spread round-robin over zones 1, 2, 3
     */
    public record WorkerProfile(String name, String vmSize, int diskSizeGB, String subnetId, int count,
                                boolean encryptionAtHost) {
        public WorkerProfile {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(vmSize, "vmSize");
            Objects.requireNonNull(subnetId, "subnetId");
            if (count < 0 || diskSizeGB <= 0) {
                throw new IllegalArgumentException("worker profile " + name + ": count >= 0 and diskSizeGB > 0 required");
            }
        }
    }

    /** OpenShift 4.N ships Kubernetes 1.(N+13): 4.14 is 1.27, 4.15 is 1.28, 4.16 is 1.29. */
    public int kubernetesMinor() {
        Matcher m = VERSION.matcher(version);
        if (!m.matches()) {
            throw new IllegalStateException(version);
        }
        return Integer.parseInt(m.group(1)) + 13;
    }

    /** {@code stable-4.N}, the channel a new cluster follows. */
    public String channel() {
        return "stable-" + version.substring(0, version.lastIndexOf('.'));
    }
}
