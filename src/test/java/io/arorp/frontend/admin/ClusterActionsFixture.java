package io.arorp.frontend.admin;

import io.arorp.api.ApiServerProfile;
import io.arorp.api.ClusterProfile;
import io.arorp.api.NetworkProfile;
import io.arorp.api.OpenShiftCluster;
import io.arorp.api.OpenShiftClusterProperties;
import io.arorp.api.OutboundType;
import io.arorp.api.ProvisioningState;
import io.arorp.api.Secret;
import io.arorp.api.Subscription;
import io.arorp.api.SubscriptionState;
import io.arorp.api.Visibility;
import io.arorp.database.Containers;
import io.arorp.database.DocumentCodec;
import io.arorp.database.LeaseOwner;
import io.arorp.database.OpenShiftClusterDocument;
import io.arorp.database.OpenShiftClusters;
import io.arorp.database.SimulatedResources;
import io.arorp.database.SubscriptionDocument;
import io.arorp.database.Subscriptions;
import io.arorp.database.contract.TestClock;
import io.arorp.database.secret.AesGcmSecretSealer;
import io.arorp.database.store.embedded.EmbeddedDocumentStore;
import io.arorp.env.installer.ClusterCredentials;
import io.arorp.env.installer.InstallSpec;
import io.arorp.env.kube.KubeconfigClusterClients;
import io.arorp.env.sim.cloud.SimCompute;
import io.arorp.env.sim.cloud.SimNetworks;
import io.arorp.env.sim.cloud.SimResourceGroups;
import io.arorp.env.sim.cloud.SimResources;
import io.arorp.env.sim.cloud.SimulatedCloud;
import io.arorp.env.sim.cluster.FileClusterSnapshotStore;
import io.arorp.env.sim.cluster.SimulatedCluster;
import io.arorp.env.sim.cluster.SimulatedClusters;
import io.arorp.env.sim.installer.SimulatedInstaller;
import io.arorp.util.json.Jackson;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

/**
 * Real parts for the admin actions: an embedded store with a registered subscription, the simulated cloud and a
 * simulated cluster installed by the simulated installer (VMs, NICs in the cloud; nodes, pods, metrics, a CSR in the
 * cluster), its document stored as the backend leaves a Succeeded cluster.
 */
final class ClusterActionsFixture implements AutoCloseable {
    static final String SUBSCRIPTION = "11111111-2222-3333-4444-555555555555";
    static final String VNET = "/subscriptions/" + SUBSCRIPTION
            + "/resourceGroups/vnet-rg/providers/Microsoft.Network/virtualNetworks/vnet";
    final TestClock clock = new TestClock();
    final EmbeddedDocumentStore store;
    final DocumentCodec codec = new DocumentCodec(new AesGcmSecretSealer(AesGcmSecretSealer.parseKeys(
            "t=YXJvLXJwLXRlc3Qta2V5LU5PVC1TRUNSRVQtMDAwMDE="), new SecureRandom()));
    final SimulatedCloud cloud;
    final ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(1);
    final SimulatedClusters clusters;
    final OpenShiftClusters documents;
    final Subscriptions subscriptions;
    final SimResources resources;
    final SimCompute compute;
    final SimNetworks networks;
    final AdminCluster admin;

    ClusterActionsFixture(Path dir) {
        this(dir, 10_000);
    }

    /** @param coresLimit the regional cores quota of the subscription */
    ClusterActionsFixture(Path dir, int coresLimit) {
        store = EmbeddedDocumentStore.open(dir.resolve("store.mv.db"), clock);
        store.ensureContainers(Containers.ALL);
        store.ensureContainers(List.of(Containers.SIMULATED_CLOUD));
        cloud = new SimulatedCloud(new SimulatedResources(store, codec),
                new SimulatedCloud.Settings(Duration.ZERO, true, coresLimit, "00000000-0000-0000-0000-000000000000"));
        clusters = new SimulatedClusters(new FileClusterSnapshotStore(dir.resolve("clusters")),
                new SimulatedCluster.Shared(clock, new SecureRandom(), scheduler, Jackson.newMapper()),
                Duration.ofSeconds(2));
        documents = new OpenShiftClusters(store, codec, new LeaseOwner("admin-test"));
        subscriptions = new Subscriptions(store, codec, new LeaseOwner("admin-test"));
        resources = new SimResources(cloud);
        compute = new SimCompute(cloud);
        networks = new SimNetworks(cloud, "eastus");
        admin = new AdminCluster(documents, new KubeconfigClusterClients(Duration.ofSeconds(10)), resources);
        SubscriptionDocument subscription = new SubscriptionDocument();
        subscription.setId(SUBSCRIPTION);
        subscription.setSubscription(new Subscription());
        subscription.getSubscription().setState(SubscriptionState.REGISTERED);
        subscriptions.create(subscription);
    }

    /** Installs cluster {@code name} (3 masters, 3 workers) and returns its resource id, cased as ARM sends it. */
    String cluster(String name) throws Exception {
        String id = "/subscriptions/" + SUBSCRIPTION + "/resourceGroups/rg/providers/Microsoft.RedHatOpenShift/"
                + "openShiftClusters/" + name;
        String group = "/subscriptions/" + SUBSCRIPTION + "/resourceGroups/aro-" + name;
        new SimResourceGroups(cloud).createOrUpdate(group, "eastus", id);
        InstallSpec spec = new InstallSpec(id, group, "eastus", "4.15.35", infraId(name), name + ".eastus.aroapp.io",
                "Standard_D8s_v3", VNET + "/subnets/master", List.of(new InstallSpec.Workers("worker",
                "Standard_D4s_v3", 128, VNET + "/subnets/worker", 3, false)), Secret.of("{}"));
        ClusterCredentials credentials = new SimulatedInstaller(cloud, clusters, new SecureRandom(), clock).install(spec);
        documents.create(document(id, group, name, credentials.adminKubeconfig()));
        return id;
    }

    static String infraId(String name) {
        return name + "-x7k2p";
    }

    private static OpenShiftClusterDocument document(String id, String group, String name, Secret kubeconfig) {
        OpenShiftCluster oc = new OpenShiftCluster();
        oc.setId(id);
        oc.setName(name);
        oc.setType("Microsoft.RedHatOpenShift/openShiftClusters");
        oc.setLocation("eastus");
        OpenShiftClusterProperties p = new OpenShiftClusterProperties();
        p.setProvisioningState(ProvisioningState.SUCCEEDED);
        ClusterProfile profile = new ClusterProfile();
        profile.setDomain(name + ".eastus.aroapp.io");
        profile.setVersion("4.15.35");
        profile.setResourceGroupId(group);
        p.setClusterProfile(profile);
        NetworkProfile network = new NetworkProfile();
        network.setOutboundType(OutboundType.LOADBALANCER);
        p.setNetworkProfile(network);
        ApiServerProfile api = new ApiServerProfile();
        api.setVisibility(Visibility.PUBLIC);
        p.setApiserverProfile(api);
        p.setArchitectureVersion(2);
        p.setAdminKubeconfig(kubeconfig);
        oc.setProperties(p);
        OpenShiftClusterDocument doc = new OpenShiftClusterDocument();
        doc.setId(UUID.randomUUID().toString());
        doc.setKey(id.toLowerCase());
        doc.setOpenShiftCluster(oc);
        doc.setClusterResourceGroupIdKey(group.toLowerCase());
        doc.setClientIdKey(UUID.randomUUID().toString());
        return doc;
    }

    @Override
    public void close() {
        clusters.close();
        scheduler.shutdownNow();
        store.close();
    }
}
