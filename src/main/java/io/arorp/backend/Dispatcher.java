package io.arorp.backend;

import io.arorp.database.OpenShiftClusterDocument;
import io.arorp.database.OpenShiftClusters;
import io.arorp.database.SubscriptionDocument;
import io.arorp.database.Subscriptions;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The original backend loop: while fewer than the maximum jobs run, lease the next cluster, else the next
 * subscription, and start a job for it. A pass runs when something woke it (a write, a finished job, the timer);
 * passes never overlap. Stopping ends dequeuing and waits for the jobs to reach a safe point.
 */
public final class Dispatcher {
    private static final Logger LOG = Logger.getLogger(Dispatcher.class.getName());
    private final OpenShiftClusters clusters;
    private final Subscriptions subscriptions;
    private final Function<Object, Runnable> jobs;
    private final Executor executor;
    private final int maxWorkers;
    private final Clock clock;
    private final AtomicInteger active = new AtomicInteger();
    private final AtomicInteger peak = new AtomicInteger();
    private final AtomicBoolean passQueued = new AtomicBoolean();
    private final Object passLock = new Object();
    private volatile boolean stopped;
    private volatile long lastPassMillis;

    /** @param jobs makes the job of a leased document ({@link OpenShiftClusterDocument} or {@link SubscriptionDocument}) */
    public Dispatcher(OpenShiftClusters clusters, Subscriptions subscriptions, Function<Object, Runnable> jobs,
            Executor executor, int maxWorkers, Clock clock) {
        this.clusters = clusters;
        this.subscriptions = subscriptions;
        this.jobs = jobs;
        this.executor = executor;
        this.maxWorkers = maxWorkers;
        this.clock = clock;
    }

    /** A dispatcher running the backend's jobs with {@code services} on {@code executor}. */
    public static Dispatcher create(JobServices services, Executor executor) {
        java.util.concurrent.atomic.AtomicReference<Dispatcher> self = new java.util.concurrent.atomic.AtomicReference<>();
        Dispatcher dispatcher = new Dispatcher(services.clusters(), services.subscriptions(),
                new Jobs(services, () -> self.get().wake()), executor, services.settings().maxWorkers(),
                services.clock());
        self.set(dispatcher);
        return dispatcher;
    }

    /** Asks for a pass soon; cheap and non-blocking, so it may run on a request thread. */
    public void wake() {
        if (!stopped && passQueued.compareAndSet(false, true)) {
            try {
                executor.execute(this::pass);
            } catch (RejectedExecutionException e) {
                passQueued.set(false);
                LOG.log(Level.WARNING, "no thread for a dequeue pass; the next tick retries", e);
            }
        }
    }

    void pass() {
        synchronized (passLock) {
            passQueued.set(false);
            lastPassMillis = clock.millis();
            try {
                while (!stopped && active.get() < maxWorkers) {
                    Optional<OpenShiftClusterDocument> cluster = clusters.dequeue();
                    if (cluster.isPresent()) {
                        start(cluster.get(), cluster.get().getKey());
                        continue;
                    }
                    Optional<SubscriptionDocument> subscription = subscriptions.dequeue();
                    if (subscription.isPresent()) {
                        start(subscription.get(), "subscription " + subscription.get().getId());
                        continue;
                    }
                    break;
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "dequeue pass failed; the next tick retries", e);
            }
        }
    }

    private void start(Object leased, String what) {
        Runnable job = jobs.apply(leased);
        peak.accumulateAndGet(active.incrementAndGet(), Math::max);
        try {
            executor.execute(() -> {
                try {
                    job.run();
                } finally {
                    finished();
                }
            });
        } catch (RejectedExecutionException e) {
            finished();
            LOG.log(Level.WARNING, e, () -> "no thread for " + what + "; its lease lapses and it is retried");
        }
    }

    private void finished() {
        synchronized (active) {
            active.decrementAndGet();
            active.notifyAll();
        }
        wake();
    }

    /** Stops dequeuing and waits up to {@code timeout} for running jobs; returns how many still run. */
    public int stop(Duration timeout) {
        stopped = true;
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (active) {
            while (active.get() > 0 && System.nanoTime() < deadline) {
                try {
                    active.wait(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
        }
        return active.get();
    }

    public int active() {
        return active.get();
    }

    public int peak() {
        return peak.get();
    }

    public boolean stopped() {
        return stopped;
    }

    /** Clock millis of the last pass; the health check reports the dispatcher stuck when it grows old. */
    public long lastPassMillis() {
        return lastPassMillis;
    }
}
