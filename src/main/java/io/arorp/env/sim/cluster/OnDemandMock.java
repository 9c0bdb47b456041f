package io.arorp.env.sim.cluster;

import io.arorp.env.sim.cluster.bridge.MockEndpoint;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.mockwebserver.MockWebServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;

/**
 * A simulated cluster's fabric8 mock and objects, both held only while used. Each mock is a Vert.x instance with its
 * own event loop, acceptor and checker threads, and a seeded cluster's objects take about 600 KB of heap with the
 * mock's index: a thousand idle simulated clusters kept thousands of threads, and filled a 512 MB heap so that the
 * RP spent most of its time collecting garbage. An idle cluster stops its mock and keeps its objects
 * {@link FrozenObjects frozen}; the next use thaws them and starts a mock over them, as before.
 */
final class OnDemandMock implements MockEndpoint, AutoCloseable {
    private ClusterObjects objects; // null while frozen
    private FrozenObjects frozen; // null while thawed
    private KubernetesMockServer mock; // null while stopped
    private int users;
    private long idleSince = System.nanoTime();
    private boolean closed;

    OnDemandMock(ClusterObjects objects) {
        this.objects = objects;
    }

    @Override
    public synchronized void acquire() throws IOException {
        if (closed) {
            throw new IOException("the simulated cluster has stopped");
        }
        if (mock == null) {
            MockWebServer server = new MockWebServer();
            server.setHttp2ClearTextEnabled(false);
            KubernetesMockServer started = new KubernetesMockServer(new io.fabric8.mockwebserver.Context(), server,
                    new HashMap<>(), thawed(), false);
            started.init(InetAddress.getLoopbackAddress(), 0);
            mock = started;
        }
        users++;
    }

    @Override
    public synchronized void release() {
        if (--users == 0) {
            idleSince = System.nanoTime();
        }
    }

    @Override
    public synchronized URI uri() {
        if (mock == null) {
            throw new IllegalStateException("the mock is used without acquire()");
        }
        return URI.create("http://127.0.0.1:" + mock.getPort());
    }

    /** Writes so far (a frozen cluster has none since it froze). */
    synchronized long changes() {
        return objects != null ? objects.changes() : frozen.changes();
    }

    /** The objects and the resourceVersion counter, as a snapshot stores them; frozen objects stay frozen. */
    synchronized Contents snapshot() {
        if (objects != null) {
            // resourceVersion first: an object written meanwhile is in the list with a higher version, never lost
            long resourceVersion = objects.resourceVersion();
            return new Contents(objects.snapshot(), resourceVersion);
        }
        return new Contents(frozen.objects(), frozen.resourceVersion());
    }

    record Contents(List<ClusterObjects.StoredObject> stored, long resourceVersion) {
    }

    /**
     * Stops the mock and freezes the objects when nobody has used them for {@code idle}; returns whether it did. The
     * mock is not running after seeding, so a new cluster nobody calls freezes after {@code idle} too.
     */
    synchronized boolean stopIfIdle(Duration idle) {
        if (objects == null || users > 0 || System.nanoTime() - idleSince < idle.toNanos()) {
            return false;
        }
        if (mock != null) {
            mock.destroy();
            mock = null;
        }
        Contents contents = snapshot();
        frozen = FrozenObjects.freeze(contents.stored(), contents.resourceVersion(), objects.changes());
        objects = null;
        return true;
    }

    synchronized boolean running() {
        return mock != null;
    }

    synchronized boolean frozen() {
        return objects == null;
    }

    @Override
    public synchronized void close() {
        closed = true;
        if (mock != null) {
            mock.destroy();
            mock = null;
        }
    }

    private ClusterObjects thawed() {
        if (objects == null) {
            ClusterObjects restored = new ClusterObjects();
            restored.restore(frozen.objects(), frozen.resourceVersion(), frozen.changes());
            objects = restored;
            frozen = null;
        }
        return objects;
    }
}
