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
 */
public record BackendSettings(int maxWorkers, Duration heartbeat, Duration tick, int maxDequeues, Duration deleteDelay) {
    public static final BackendSettings ORIGINAL = new BackendSettings(100, Duration.ofSeconds(10),
            Duration.ofSeconds(10), 5, Duration.ofSeconds(20));
}
