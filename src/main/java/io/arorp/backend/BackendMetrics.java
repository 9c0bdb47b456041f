package io.arorp.backend;

import io.arorp.cluster.StepTimings;
import java.time.Duration;
import java.util.function.IntSupplier;

/**
 * The backend's metrics: per-step durations, per finished job the original's count and duration, and the worker
 * gauges that tell whether the configured maximum of workers is the bottleneck.
 */
public interface BackendMetrics extends StepTimings {
    /** @param state the state the job started in; {@code outcome} the state it left the document in */
    void job(String state, String outcome, Duration duration);

    /** The time from the request that wrote a cluster's intent until a worker started on it. */
    default void pickup(Duration waited) {
    }

    /** Publishes the running jobs and the most that ever ran at once; sampled whenever metrics are read. */
    default void workers(IntSupplier active, IntSupplier peak) {
    }
}
