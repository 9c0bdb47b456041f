package io.arorp.util.lifecycle;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.BeforeDestroyed;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Tracks whether the process has started, is draining, and how many requests are in flight. On shutdown the RP first
 * reports not-ready (so load balancers stop sending work), then waits for in-flight requests before Liberty stops the
 * application. Backend workers register their own drain with {@link #inFlight()} the same way.
 */
@ApplicationScoped
public class Lifecycle {
    private static final Logger LOG = Logger.getLogger(Lifecycle.class.getName());

    private final AtomicBoolean started = new AtomicBoolean();
    private final AtomicBoolean draining = new AtomicBoolean();
    private final AtomicInteger inFlight = new AtomicInteger();
    private Duration drainTimeout;

    @Inject
    public Lifecycle(@ConfigProperty(name = "aro.shutdown.drain-timeout", defaultValue = "PT25S") Duration drainTimeout) {
        this.drainTimeout = drainTimeout;
    }

    protected Lifecycle() {
    }

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object event) {
        started.set(true);
        LOG.info("aro-rp started");
    }

    void onStop(@Observes @BeforeDestroyed(ApplicationScoped.class) Object event) {
        drain();
    }

    /** Marks the process not-ready and waits up to the drain timeout for in-flight work to finish. */
    public void drain() {
        if (!draining.compareAndSet(false, true)) {
            return;
        }
        LOG.info(() -> "draining: not ready any more, " + inFlight.get() + " request(s) in flight");
        long deadline = System.nanoTime() + drainTimeout.toNanos();
        synchronized (inFlight) {
            while (inFlight.get() > 0 && System.nanoTime() < deadline) {
                try {
                    inFlight.wait(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
        }
        LOG.info(() -> "drained, " + inFlight.get() + " request(s) still in flight");
    }

    public boolean isStarted() {
        return started.get();
    }

    public boolean isDraining() {
        return draining.get();
    }

    public int inFlightCount() {
        return inFlight.get();
    }

    /** Counts one unit of in-flight work until the returned handle is closed. */
    public Work inFlight() {
        inFlight.incrementAndGet();
        return () -> {
            if (inFlight.decrementAndGet() == 0) {
                synchronized (inFlight) {
                    inFlight.notifyAll();
                }
            }
        };
    }

    /** A unit of in-flight work; closing it twice is a bug in the caller. */
    @FunctionalInterface
    public interface Work extends AutoCloseable {
        @Override
        void close();
    }
}
