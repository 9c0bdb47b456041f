package io.arorp.env.sim.installer;

import io.arorp.api.Secret;
import io.arorp.env.cloud.CloudResource;
import io.arorp.env.installer.InstallSpec;
import io.arorp.env.installer.InstallerGraph;
import io.arorp.env.sim.cloud.SimResources;
import io.arorp.env.sim.cloud.SimStorage;
import io.arorp.env.sim.cloud.SimulatedCloud;
import io.arorp.env.sim.cluster.ClusterSeed;
import io.arorp.env.tls.ClusterPki;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The installer's root CA and what it signs here: it is kept in the installer graph in the cluster storage account,
 * where the real installer persists it (plain JSON here; the original seals the graph with the RP's key), and it
 * signs the machine config server's certificate, issued as the upstream installer does for {@code api-int.<domain>}
 * only. A repeated install reuses the stored CA, so the graph and the cluster keep agreeing.
 */
final class InstallerRootCa {
    static final String MCS_NAMESPACE = "openshift-machine-config-operator";
    static final String MCS_SECRET = "machine-config-server-tls";
    private final SimulatedCloud cloud;
    private final Clock clock;
    private final SecureRandom random;

    InstallerRootCa(SimulatedCloud cloud, Clock clock, SecureRandom random) {
        this.cloud = cloud;
        this.clock = clock;
        this.random = random;
    }

    /** The machine config server's TLS secret, signed by the cluster's root CA (created and stored on first use). */
    ClusterSeed.SecretSeed machineConfigServerSecret(InstallSpec spec) {
        Optional<String> account = new SimResources(cloud).listByResourceGroup(spec.clusterResourceGroupId()).stream()
                .filter(r -> r.type().equalsIgnoreCase("Microsoft.Storage/storageAccounts")
                        && r.id().substring(r.id().lastIndexOf('/') + 1).startsWith("cluster"))
                .map(CloudResource::id).findFirst();
        SimStorage storage = new SimStorage(cloud);
        ClusterPki root = account.flatMap(a -> storage.getBlob(a, InstallerGraph.CONTAINER, InstallerGraph.BLOB))
                .flatMap(InstallerGraph::rootCa)
                .map(ca -> ClusterPki.restore(ca.certificatePem(), ca.keyPem(), clock, random))
                .orElseGet(() -> {
                    ClusterPki created = ClusterPki.create("root-ca", clock, random);
                    account.ifPresent(a -> storage.putBlob(a, InstallerGraph.CONTAINER, InstallerGraph.BLOB,
                            InstallerGraph.withRootCa(new InstallerGraph.RootCa(created.caPem(),
                                    created.caKeyPem()))));
                    return created;
                });
        ClusterPki.Issued mcs = root.issueServer("system:machine-config-server", List.of("api-int." + spec.domain()),
                List.of());
        Secret key = mcs.keyPem();
        return new ClusterSeed.SecretSeed(MCS_NAMESPACE, MCS_SECRET, Map.of("tls.crt", mcs.certificatePem(),
                "tls.key", key.reveal()));
    }
}
