package io.arorp.env.sim.cluster;

import io.arorp.env.sim.cluster.bridge.MockEndpoint;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.mockwebserver.MockWebServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.time.Duration;
import java.util.HashMap;

/**
 * A simulated cluster's fabric8 mock, run only while used. Each mock is a Vert.x instance with its own event loop,
 * acceptor and checker threads; a thousand idle simulated clusters kept thousands of threads and their buffers for
 * nothing. The objects live in {@link ClusterObjects}, outside the mock, so a mock started again serves them as before.
 */
final class OnDemandMock implements MockEndpoint, AutoCloseable {
    private final ClusterObjects objects;
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
                    new HashMap<>(), objects, false);
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

    /** Stops the mock when nobody has used it for {@code idle}; returns whether it stopped. */
    synchronized boolean stopIfIdle(Duration idle) {
        if (mock == null || users > 0 || System.nanoTime() - idleSince < idle.toNanos()) {
            return false;
        }
        mock.destroy();
        mock = null;
        return true;
    }

    synchronized boolean running() {
        return mock != null;
    }

    @Override
    public synchronized void close() {
        closed = true;
        if (mock != null) {
            mock.destroy();
            mock = null;
        }
    }
}
