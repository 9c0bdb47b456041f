package io.arorp.env.sim.cluster;

import io.arorp.env.tls.ClusterPki;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.arorp.api.Secret;
import io.arorp.env.kube.Kubeconfig;
import io.arorp.env.kube.Pem;
import io.arorp.env.sim.cluster.bridge.ApiServerBridge;
import io.arorp.env.sim.cluster.seed.OpenShiftSeed;
import io.fabric8.mockwebserver.MockWebServer;
import java.io.IOException;
import java.net.BindException;
import java.net.URI;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.net.ssl.SSLContext;

/**
 * One running simulated cluster: the fabric8 mock API server in CRUD mode on a loopback port, behind an HTTPS
 * {@link ApiServerBridge} that is what kubeconfigs point at. Created seeded as a fresh cluster, or restored from a
 * {@link #snapshot()}; {@link #close()} frees both ports and every thread it started.
 */
public final class SimulatedCluster implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(SimulatedCluster.class.getName());
    /** Held so the level sticks: the mock logs every request at INFO, which would flood the RP's log. */
    private static final Logger MOCK_LOG = Logger.getLogger(MockWebServer.class.getName());
    private static final String ADMIN_USER = "system:admin";
    private static final List<String> ADMIN_GROUPS = List.of("system:masters");

    private final String id;
    private final ClusterPki pki;
    private final ClusterPki.Issued admin;
    private final int kubernetesMinor;
    private final OnDemandMock mock;
    private final ExecutorService executor;
    private final ApiServerBridge bridge;
    private final ObjectMapper mapper;

    /**
     * What every cluster of a registry shares, including the client the bridges forward to their mocks with: one
     * selector thread for all clusters instead of one each.
     */
    public record Shared(Clock clock, SecureRandom random, ScheduledExecutorService timer, ObjectMapper mapper,
            java.net.http.HttpClient upstream) {
        public Shared(Clock clock, SecureRandom random, ScheduledExecutorService timer, ObjectMapper mapper) {
            this(clock, random, timer, mapper, ApiServerBridge.upstreamClient());
        }
    }

    private SimulatedCluster(String id, ClusterPki pki, ClusterPki.Issued admin, int kubernetesMinor,
                             ClusterObjects objects, int port, Shared context) throws IOException {
        this.id = id;
        this.pki = pki;
        this.admin = admin;
        this.kubernetesMinor = kubernetesMinor;
        this.mapper = context.mapper();
        MOCK_LOG.setLevel(Level.WARNING);
        this.mock = new OnDemandMock(objects);
        this.executor = Executors.newCachedThreadPool(new DaemonThreads("sim-cluster"));
        try {
            this.bridge = startBridge(port, context);
        } catch (IOException | RuntimeException e) {
            executor.shutdownNow();
            throw e;
        }
    }

    /** Starts a cluster seeded as freshly installed from {@code seed}. */
    public static SimulatedCluster create(String id, ClusterSeed seed, Shared context) throws IOException {
        ClusterPki pki = ClusterPki.create("simulated-cluster-ca", context.clock(), context.random());
        ClusterObjects objects = new ClusterObjects();
        SimulatedCluster cluster = new SimulatedCluster(id, pki, pki.issueClient(ADMIN_USER, ADMIN_GROUPS),
                seed.kubernetesMinor(), objects, 0, context);
        try {
            new Seeder(objects, context.mapper()).create(OpenShiftSeed.objects(seed, context.clock().instant()));
            return cluster;
        } catch (IOException | RuntimeException e) {
            cluster.close();
            throw e;
        }
    }

    /** Starts a cluster from a snapshot: same objects, same CA and admin credential, same port when it is free. */
    public static SimulatedCluster restore(byte[] snapshotJson, Shared context) throws IOException {
        ClusterSnapshot snapshot = context.mapper().readValue(snapshotJson, ClusterSnapshot.class);
        if (snapshot.format() != ClusterSnapshot.FORMAT) {
            throw new IOException("snapshot format " + snapshot.format() + " is not " + ClusterSnapshot.FORMAT);
        }
        ClusterPki pki = ClusterPki.restore(snapshot.caCertificate(), Secret.of(snapshot.caKey()), context.clock(),
                context.random());
        ClusterPki.Issued admin;
        try {
            admin = new ClusterPki.Issued(Pem.certificate(snapshot.adminCertificate()),
                    Pem.privateKey(Secret.of(snapshot.adminKey())));
        } catch (GeneralSecurityException e) {
            throw new IOException("snapshot admin certificate is unreadable", e);
        }
        ClusterObjects objects = new ClusterObjects();
        objects.restore(snapshot.objects().stream()
                .map(o -> new ClusterObjects.StoredObject(o.path(), o.object().toString())).toList(),
                snapshot.resourceVersion(), 0);
        return new SimulatedCluster(snapshot.clusterId(), pki, admin, snapshot.kubernetesMinor(), objects,
                snapshot.port(), context);
    }

    public String id() {
        return id;
    }

    /** The API endpoint, {@code https://127.0.0.1:<port>}. */
    public URI server() {
        return URI.create("https://127.0.0.1:" + bridge.port());
    }

    /** A kubeconfig for {@code system:admin} (group {@code system:masters}), as the installer's admin kubeconfig. */
    public Secret adminKubeconfig() {
        return Kubeconfig.withClientCertificate("cluster", server().toString(), pki.caPem(), admin.certificatePem(),
                admin.keyPem()).toYaml();
    }

    /**
     * A kubeconfig for a new client certificate of {@code user} in {@code groups}, signed by the cluster CA: what the
     * RP's generateKubeconfigs step makes for the customer (user admin) and its own services.
     */
    public Secret kubeconfig(String user, List<String> groups) {
        ClusterPki.Issued issued = pki.issueClient(user, groups);
        return Kubeconfig.withClientCertificate("cluster", server().toString(), pki.caPem(), issued.certificatePem(),
                issued.keyPem()).toYaml();
    }

    /** Writes so far; the registry snapshots a cluster when this has moved. */
    public long changes() {
        return mock.changes();
    }

    /** The whole cluster state as JSON (includes private keys: store it sealed). */
    public byte[] snapshot() throws IOException {
        List<ClusterSnapshot.StoredObject> stored = new ArrayList<>();
        OnDemandMock.Contents contents = mock.snapshot();
        for (ClusterObjects.StoredObject object : contents.stored()) {
            stored.add(new ClusterSnapshot.StoredObject(object.path(), mapper.readTree(object.json())));
        }
        return mapper.writeValueAsBytes(new ClusterSnapshot(ClusterSnapshot.FORMAT, id, bridge.port(), kubernetesMinor,
                pki.caPem(), pki.caKeyPem().reveal(), admin.certificatePem(), admin.keyPem().reveal(),
                contents.resourceVersion(), stored));
    }

    /**
     * Stops the cluster's mock (its threads and port) and freezes its objects when no request or watch has used them
     * for {@code idle}; the API endpoint stays, and the next request starts the mock again over the same objects.
     */
    public boolean stopIdleMock(java.time.Duration idle) {
        return mock.stopIfIdle(idle);
    }

    /** Whether the mock runs now (for tests and the registry's count). */
    public boolean mockRunning() {
        return mock.running();
    }

    /** Whether the objects are frozen (the cluster idle), for tests. */
    boolean frozen() {
        return mock.frozen();
    }

    /** Ends watches, frees both ports and stops the cluster's threads. */
    @Override
    public void close() {
        bridge.close();
        mock.close();
        executor.shutdownNow();
    }

    private ApiServerBridge startBridge(int port, Shared context) throws IOException {
        byte[] version = ApiServerBridge.versionJson(1, kubernetesMinor);
        SSLContext tls = pki.serverContext(pki.issueServer());
        try {
            return ApiServerBridge.start(port, tls, mock, version, context.upstream(), executor, context.timer(),
                    mapper);
        } catch (BindException e) {
            if (port == 0) {
                throw e;
            }
            LOG.warning(() -> "simulated cluster " + id + ": port " + port + " is taken, kubeconfigs issued before"
                    + " the restart will not reach it; moving to a new port");
            return ApiServerBridge.start(0, tls, mock, version, context.upstream(), executor, context.timer(),
                    mapper);
        }
    }
}
