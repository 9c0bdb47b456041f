package io.arorp.backend;

import io.arorp.api.ApiServerProfile;
import io.arorp.api.AsyncOperation;
import io.arorp.api.ClusterProfile;
import io.arorp.api.IngressProfile;
import io.arorp.api.MasterProfile;
import io.arorp.api.NetworkProfile;
import io.arorp.api.OpenShiftCluster;
import io.arorp.api.OpenShiftClusterProperties;
import io.arorp.api.ProvisioningState;
import io.arorp.api.Secret;
import io.arorp.api.ServicePrincipalProfile;
import io.arorp.api.Subscription;
import io.arorp.api.SubscriptionProperties;
import io.arorp.api.SubscriptionState;
import io.arorp.api.Visibility;
import io.arorp.api.WorkerProfile;
import io.arorp.cluster.CloudServices;
import io.arorp.cluster.ClusterEnv;
import io.arorp.cluster.ClusterManager;
import io.arorp.cluster.IdentityServices;
import io.arorp.cluster.StepRunner;
import io.arorp.database.AsyncOperationDocument;
import io.arorp.database.AsyncOperations;
import io.arorp.database.Billing;
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
import io.arorp.env.kube.KubeconfigClusterClients;
import io.arorp.env.sim.cloud.*;
import io.arorp.env.sim.cluster.FileClusterSnapshotStore;
import io.arorp.env.sim.cluster.SimulatedCluster;
import io.arorp.env.sim.cluster.SimulatedClusters;
import io.arorp.env.sim.installer.SimulatedInstaller;
import io.arorp.env.sim.installer.SimulatedOperatorDeployer;
import io.arorp.util.json.Jackson;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.BooleanSupplier;

/**
 * A backend "machine" for in-JVM tests: one embedded store on a movable clock, one simulated cloud and one set of
 * simulated clusters, and as many dispatchers (RP processes, each its own lease owner) over them as a test wants.
 */
public final class BackendFixture implements AutoCloseable {
    public static final String SUBSCRIPTION = "11111111-2222-3333-4444-555555555555";
    static final String TENANT = "99999999-2222-3333-4444-555555555555";
    public final TestClock clock = new TestClock();
    final EmbeddedDocumentStore store;
    final DocumentCodec codec = new DocumentCodec(new AesGcmSecretSealer(AesGcmSecretSealer.parseKeys(
            "t=YXJvLXJwLXRlc3Qta2V5LU5PVC1TRUNSRVQtMDAwMDE="), new SecureRandom()));
    public final SimulatedCloud cloud;
    final ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(2);
    final ExecutorService executor = Executors.newCachedThreadPool();
    final SimulatedClusters clusters;
    final List<Dispatcher> dispatchers = new ArrayList<>();
    final List<String> steps = java.util.Collections.synchronizedList(new ArrayList<>());
    /** Changes the cluster steps' environment of dispatchers made from now on (another installer, Hive adoption). */
    java.util.function.UnaryOperator<ClusterEnv> shapeEnv = e -> e;

    public BackendFixture(Path dir) {
        this(dir, 10_000);
    }

    /** @param coresLimit the subscription's simulated vCPU quota (a cluster takes 36 cores) */
    BackendFixture(Path dir, int coresLimit) {
        this(dir, coresLimit, true);
    }

    /** @param assumeIdentities whether the simulated cloud makes up identities it does not hold (else: missing) */
    public BackendFixture(Path dir, int coresLimit, boolean assumeIdentities) {
        store = EmbeddedDocumentStore.open(dir.resolve("store.mv.db"), clock);
        store.ensureContainers(Containers.ALL);
        store.ensureContainers(List.of(Containers.SIMULATED_CLOUD));
        registerSubscription();
        cloud = new SimulatedCloud(new SimulatedResources(store, codec),
                new SimulatedCloud.Settings(Duration.ZERO, true, coresLimit, "00000000-0000-0000-0000-000000000000",
                        assumeIdentities));
        clusters = new SimulatedClusters(new FileClusterSnapshotStore(dir.resolve("clusters")),
                new SimulatedCluster.Shared(clock, new SecureRandom(), scheduler, Jackson.newMapper()),
                Duration.ofSeconds(2));
    }

    public OpenShiftClusters clusters(String owner) {
        return new OpenShiftClusters(store, codec, new LeaseOwner(owner));
    }

    /** A new RP process's dispatcher. */
    Dispatcher dispatcher(String owner, Duration heartbeat, BooleanSupplier stopping) {
        Dispatcher dispatcher = Dispatcher.create(services(owner, heartbeat, stopping), executor);
        dispatchers.add(dispatcher);
        return dispatcher;
    }

    /** The jobs of {@code owner} without a dispatcher around them. */
    java.util.function.Function<Object, Runnable> jobs(String owner) {
        return new Jobs(services(owner, Duration.ofMillis(200), () -> false), () -> { });
    }

    JobServices services(String owner, Duration heartbeat, BooleanSupplier stopping) {
        BackendSettings settings = new BackendSettings(100, heartbeat, Duration.ofSeconds(1), 5, Duration.ZERO,
                Duration.ZERO);
        BackendMetrics metrics = new BackendMetrics() {
            @Override
            public void record(String operation, String step, Duration duration, boolean succeeded) {
                steps.add(owner + " " + operation + " " + step);
            }

            @Override
            public void job(String state, String outcome, Duration duration) {
            }
        };
        ClusterEnv env = shapeEnv.apply(env());
        return new JobServices(clusters(owner), new Subscriptions(store, codec, new LeaseOwner(owner)),
                new AsyncOperations(store, codec), new ClusterManager(new StepRunner(metrics, clock)), env, scheduler,
                settings, metrics, clock, stopping);
    }

    /** The environment of the cluster steps: the simulated cloud, installer and clusters, the fixture's clock. */
    public ClusterEnv env() {
        return new ClusterEnv(new CloudServices(new SimResourceGroups(cloud), new SimResources(cloud),
                new SimDeployments(cloud), new SimNetworks(cloud, "eastus"), new SimDns(cloud, "eastus"),
                new SimCompute(cloud), new SimAuthorization(cloud), new SimKeyVault(cloud, clock, "eastus"),
                new SimStorage(cloud), new SimPrivateEndpoints(cloud, "eastus"),
                new SimContainerRegistry(cloud, new SecureRandom(), "eastus"), new SimServicePrincipals(cloud)),
                identityServices(),
                new SimulatedInstaller(cloud, clusters, new SecureRandom(), clock),
                new SimulatedOperatorDeployer(clock), new KubeconfigClusterClients(Duration.ofSeconds(10)),
                new Billing(store, codec), new io.arorp.database.Gateway(store, codec), clock, new SecureRandom(), new ClusterEnv.Settings("eastus",
                        "eastus.aroapp.io", "rp-principal", "v1", Duration.ofMillis(20), Duration.ofSeconds(1),
                        Duration.ofMillis(20), true));
    }

    /** The workload identity seams over the simulated cloud, with the store's role sets. */
    public IdentityServices identityServices() {
        return new IdentityServices(new SimManagedIdentities(cloud), new SimOidcIssuers(cloud, "eastus"), new SimRoleDefinitions(cloud),
                new SimClusterMsiCredentials(cloud, clock, "eastus"),
                new io.arorp.database.PlatformWorkloadIdentityRoleSets(store, codec));
    }

    /** What the frontend writes for a create: the document in Creating and its async operation. */
    OpenShiftClusterDocument enqueueCreate(String name) {
        return enqueueCreate(name, d -> { });
    }

    /** A create of a cluster {@code shape} changes from the service-principal default first. */
    public OpenShiftClusterDocument enqueueCreate(String name,
            java.util.function.Consumer<OpenShiftClusterDocument> shape) {
        String id = "/subscriptions/" + SUBSCRIPTION + "/resourceGroups/rg/providers/Microsoft.RedHatOpenShift/"
                + "openShiftClusters/" + name;
        String vnet = "/subscriptions/" + SUBSCRIPTION + "/resourceGroups/vnet-rg/providers/Microsoft.Network/"
                + "virtualNetworks/vnet-" + name;
        OpenShiftCluster oc = new OpenShiftCluster();
        oc.setId(id);
        oc.setName(name);
        oc.setType("Microsoft.RedHatOpenShift/openShiftClusters");
        oc.setLocation("eastus");
        OpenShiftClusterProperties p = new OpenShiftClusterProperties();
        p.setProvisioningState(ProvisioningState.CREATING);
        ClusterProfile cp = new ClusterProfile();
        cp.setDomain(name);
        cp.setVersion("4.15.35");
        cp.setResourceGroupId("/subscriptions/" + SUBSCRIPTION + "/resourcegroups/aro-" + name);
        cp.setPullSecret(Secret.of("{}"));
        p.setClusterProfile(cp);
        ServicePrincipalProfile sp = new ServicePrincipalProfile();
        sp.setClientId(UUID.randomUUID().toString());
        sp.setClientSecret(Secret.of("sp-secret"));
        p.setServicePrincipalProfile(sp);
        NetworkProfile network = new NetworkProfile();
        network.setPodCidr("10.128.0.0/14");
        network.setServiceCidr("172.30.0.0/16");
        p.setNetworkProfile(network);
        MasterProfile master = new MasterProfile();
        master.setVmSize("Standard_D8s_v3");
        master.setSubnetId(vnet + "/subnets/master");
        p.setMasterProfile(master);
        WorkerProfile worker = new WorkerProfile();
        worker.setName("worker");
        worker.setVmSize("Standard_D4s_v3");
        worker.setDiskSizeGB(128);
        worker.setSubnetId(vnet + "/subnets/worker");
        worker.setCount(3);
        p.setWorkerProfiles(List.of(worker));
        ApiServerProfile api = new ApiServerProfile();
        api.setVisibility(Visibility.PUBLIC);
        p.setApiserverProfile(api);
        IngressProfile ingress = new IngressProfile();
        ingress.setName("default");
        ingress.setVisibility(Visibility.PUBLIC);
        p.setIngressProfiles(List.of(ingress));
        oc.setProperties(p);

        String operationId = newOperation(id, ProvisioningState.CREATING);

        OpenShiftClusterDocument doc = new OpenShiftClusterDocument();
        doc.setId(UUID.randomUUID().toString());
        doc.setKey(id.toLowerCase());
        doc.setOpenShiftCluster(oc);
        doc.setAsyncOperationId(operationId);
        doc.setClusterResourceGroupIdKey(cp.getResourceGroupId());
        doc.setClientIdKey(sp.getClientId());
        shape.accept(doc);
        return clusters("frontend").create(doc);
    }

    /** What the frontend writes for an update or delete of an existing cluster: the state and a new async operation. */
    void enqueue(String key, ProvisioningState state) {
        String operationId = newOperation(key, state);
        clusters("frontend").patch(key, d -> {
            OpenShiftClusterProperties p = d.getOpenShiftCluster().getProperties();
            p.setLastProvisioningState(p.getProvisioningState());
            p.setProvisioningState(state);
            d.setAsyncOperationId(operationId);
        });
    }

    /** What the admin API writes for an admin update: the maintenance task, then AdminUpdating. */
    void enqueueAdminUpdate(String key, io.arorp.api.MaintenanceTask task) {
        clusters("frontend").patch(key, d -> d.getOpenShiftCluster().getProperties().setMaintenanceTask(task));
        enqueue(key, ProvisioningState.ADMIN_UPDATING);
    }

    /** The cluster's API as the RP's admin, from the stored kubeconfig. */
    io.kubernetes.client.openapi.ApiClient kube(String key) {
        return new io.arorp.env.kube.KubeconfigClusterClients(Duration.ofSeconds(10)).client(clusters("reader").get(key)
                .orElseThrow().getOpenShiftCluster().getProperties().getAdminKubeconfig());
    }

    /** Creates a cluster and waits until it is installed. */
    String installed(String name) throws InterruptedException {
        String key = enqueueCreate(name).getKey();
        (dispatchers.isEmpty() ? dispatcher("a", Duration.ofMillis(200), () -> false) : dispatchers.get(0)).wake();
        await(key, ProvisioningState.SUCCEEDED, Duration.ofSeconds(60));
        return key;
    }

    /**
     * Runs what {@code enqueue} asks for (an update or admin update) to its end and fails if it did not succeed (an
     * admin update that failed also ends in Succeeded, with the error kept aside).
     */
    void run(String key, Runnable enqueue) throws InterruptedException {
        enqueue.run();
        dispatchers.get(0).wake();
        await(key, ProvisioningState.SUCCEEDED, Duration.ofSeconds(60));
        String error = clusters("reader").get(key).orElseThrow().getOpenShiftCluster().getProperties()
                .getLastAdminUpdateError();
        if (error != null && !error.isEmpty()) {
            throw new AssertionError("the admin update failed: " + error);
        }
    }

    private String newOperation(String clusterId, ProvisioningState state) {
        String operationId = UUID.randomUUID().toString();
        AsyncOperationDocument op = new AsyncOperationDocument();
        op.setId(operationId);
        op.setOpenShiftClusterKey(clusterId.toLowerCase());
        AsyncOperation a = new AsyncOperation();
        a.setId(operationId);
        a.setInitialStatus(state);
        a.setStatus(state);
        a.setStartTime(OffsetDateTime.now(clock));
        op.setAsyncOperation(a);
        new AsyncOperations(store, codec).create(op);
        return operationId;
    }

    AsyncOperation operation(String operationId) {
        return new AsyncOperations(store, codec).get(operationId).orElseThrow().getAsyncOperation();
    }

    /** The subscription as ARM registered it with the RP: the customer's tenant is where the cluster SP signs in. */
    private void registerSubscription() {
        SubscriptionProperties properties = new SubscriptionProperties();
        properties.setTenantId(TENANT);
        Subscription subscription = new Subscription();
        subscription.setState(SubscriptionState.REGISTERED);
        subscription.setProperties(properties);
        SubscriptionDocument doc = new SubscriptionDocument();
        doc.setId(SUBSCRIPTION);
        doc.setSubscription(subscription);
        new Subscriptions(store, codec, new LeaseOwner("fixture")).create(doc);
    }

    public SubscriptionDocument subscription() {
        return new Subscriptions(store, codec, new LeaseOwner("reader")).get(SUBSCRIPTION).orElseThrow();
    }

    ProvisioningState state(String key) {
        return clusters("reader").get(key).orElseThrow().getOpenShiftCluster().getProperties().getProvisioningState();
    }

    /** Waits (real time) until the cluster is in {@code state}; fails at once if it failed instead. */
    void await(String key, ProvisioningState state, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        for (ProvisioningState now = state(key); now != state; now = state(key)) { // one read per round
            if (now == ProvisioningState.FAILED) {
                OpenShiftClusterDocument doc = clusters("reader").get(key).orElseThrow();
                throw new AssertionError(key + " failed, not " + state + ": " + doc.getOpenShiftCluster()
                        .getProperties().getFailedProvisioningState() + " " + steps);
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError(key + " is " + now + ", not " + state + " after " + timeout);
            }
            Thread.sleep(20);
        }
    }

    /** The steps of {@code operation} dispatcher "a" ran since {@link #steps} was last cleared, in order. */
    List<String> ran(String operation) {
        String prefix = "a " + operation + " ";
        synchronized (steps) {
            return steps.stream().filter(s -> s.startsWith(prefix)).map(s -> s.substring(prefix.length())).toList();
        }
    }

    /** Waits (real time, up to a minute) until {@code condition} holds. */
    static void awaitTrue(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within a minute");
            }
            Thread.sleep(10);
        }
    }

    /** Waits until the cluster's recorded progress is {@code step}. */
    void awaitStep(String key, String step) throws InterruptedException {
        awaitTrue(() -> {
            io.arorp.database.BackendProgress progress = clusters("r").get(key).orElseThrow().getBackendProgress();
            return progress != null && progress.step().equals(step);
        });
    }

    @Override
    public void close() {
        dispatchers.forEach(d -> d.stop(Duration.ofSeconds(10)));
        cloud.calls().removeAll();
        executor.shutdownNow();
        clusters.close();
        scheduler.shutdownNow();
        store.close();
    }
}
