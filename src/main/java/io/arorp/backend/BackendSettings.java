package io.arorp.backend;

import java.time.Duration;

/**
 * The backend's knobs ({@code aro.backend.*}); the defaults are the original's.
 *
 * @param maxWorkers   jobs running at once (100)
 * @param heartbeat    lease renewal interval (10 s; the lease lasts 60 s)
 * @param tick         safety-net dequeue interval when no event woke the dispatcher (10 s)
 * @param maxDequeues  a document dequeued more often than this fails instead (5)
 * @param deleteDelay  a deleted cluster's document stays this long after the delete started (20 s, for the monitor)
 * @param progressInterval a step starting sooner than this after the job's last progress write is recorded by the
 *                     next heartbeat instead of a write of its own (1 s; zero: every step written before it runs)
 */
public record BackendSettings(int maxWorkers, Duration heartbeat, Duration tick, int maxDequeues, Duration deleteDelay,
        Duration progressInterval) {
    public static final BackendSettings ORIGINAL = new BackendSettings(100, Duration.ofSeconds(10),
            Duration.ofSeconds(10), 5, Duration.ofSeconds(20), Duration.ofSeconds(1));
}
