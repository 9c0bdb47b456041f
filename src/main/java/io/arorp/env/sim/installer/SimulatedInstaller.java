package io.arorp.env.sim.installer;

import io.arorp.api.CloudException;
import io.arorp.api.Secret;
import io.arorp.env.installer.ClusterCredentials;
import io.arorp.env.installer.InstallSpec;
import io.arorp.env.installer.Installer;
import io.arorp.env.sim.cloud.SimulatedCloud;
import io.arorp.env.sim.cluster.ClusterSeed;
import io.arorp.env.sim.cluster.SimulatedCluster;
import io.arorp.env.sim.cluster.SimulatedClusters;
import java.io.IOException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The installer of dev and test. What the OpenShift installer leaves in Azure (masters, the bootstrap VM, workers,
 * their NICs and disks) is written into the simulated cloud; the cluster itself is a {@link SimulatedCluster} seeded
 * as a finished install (every ClusterOperator Available, ClusterVersion Completed, nodes Ready), because the
 * simulated API server has no controllers that would get it there. The root CA goes into the installer graph
 * ({@link InstallerRootCa}). Idempotent: a repeated install finds the cluster.
 */
public final class SimulatedInstaller implements Installer {
    private static final List<String> MASTERS = List.of("system:masters");
    private static final String PASSWORD_CHARS = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private final SimulatedCloud cloud;
    private final SimulatedClusters clusters;
    private final SecureRandom random;
    private final InstalledMachines machines;
    private final InstallerRootCa rootCa;

    public SimulatedInstaller(SimulatedCloud cloud, SimulatedClusters clusters, SecureRandom random, Clock clock) {
        this.cloud = cloud;
        this.clusters = clusters;
        this.random = random;
        this.machines = new InstalledMachines(cloud);
        this.rootCa = new InstallerRootCa(cloud, clock, random);
    }

    @Override
    public ClusterCredentials install(InstallSpec spec) {
        return cloud.calls().call("installer.install", spec.clusterResourceId(), () -> {
            machines.create(spec);
            SimulatedCluster cluster = start(spec);
            return new ClusterCredentials(cluster.adminKubeconfig(), Secret.of(kubeadminPassword()),
                    cluster.kubeconfig("system:admin", MASTERS));
        });
    }

    @Override
    public Secret newUserAdminKubeconfig(String clusterResourceId) {
        return cloud.calls().call("installer.userAdminKubeconfig", clusterResourceId,
                () -> cluster(clusterResourceId).kubeconfig("system:admin", MASTERS));
    }

    @Override
    public Optional<Secret> newSreKubeconfig(String clusterResourceId) {
        return cloud.calls().call("installer.sreKubeconfig", clusterResourceId,
                () -> Optional.of(cluster(clusterResourceId).kubeconfig("system:aro-sre", List.of())));
    }

    private SimulatedCluster cluster(String clusterResourceId) {
        try {
            return clusters.get(clusterResourceId).orElseThrow(() -> new CloudException(500,
                    "InternalServerError", null, "Internal server error."));
        } catch (IOException e) {
            throw new IllegalStateException("simulated cluster " + clusterResourceId + " cannot be restored", e);
        }
    }

    @Override
    public void destroy(String clusterResourceId) {
        cloud.calls().run("installer.destroy", clusterResourceId, () -> clusters.delete(clusterResourceId));
    }

    private SimulatedCluster start(InstallSpec spec) {
        ClusterSeed seed = new ClusterSeed(spec.clusterResourceId(), spec.clusterResourceGroupId(), spec.location(),
                spec.version(), spec.infraId(), spec.domain(), spec.masterVmSize(), spec.masterSubnetId(),
                spec.workers().stream().map(w -> new ClusterSeed.WorkerProfile(w.name(), w.vmSize(), w.diskSizeGB(),
                        w.subnetId(), w.count(), w.encryptionAtHost())).toList(),
                secrets(spec));
        try {
            return clusters.start(spec.clusterResourceId(), seed);
        } catch (IOException e) {
            throw new IllegalStateException("simulated cluster " + spec.clusterResourceId() + " did not start", e);
        }
    }

    /** The machine config server's TLS and a workload-identity cluster's operator secrets (its manifests). */
    private List<ClusterSeed.SecretSeed> secrets(InstallSpec spec) {
        List<ClusterSeed.SecretSeed> secrets = new ArrayList<>();
        secrets.add(rootCa.machineConfigServerSecret(spec));
        if (spec.workloadIdentity() != null) {
            spec.workloadIdentity().operatorSecrets().forEach(s -> secrets.add(new ClusterSeed.SecretSeed(
                    s.namespace(), s.name(), s.data())));
        }
        return secrets;
    }

    /** The installer's format: four groups of five characters. */
    private String kubeadminPassword() {
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 23; i++) {
            password.append(i % 6 == 5 ? '-' : PASSWORD_CHARS.charAt(random.nextInt(PASSWORD_CHARS.length())));
        }
        return password.toString();
    }
}
