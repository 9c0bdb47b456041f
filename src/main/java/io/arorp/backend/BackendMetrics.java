package io.arorp.backend;

import io.arorp.cluster.StepTimings;
import java.time.Duration;

/** The backend's metrics: per-step durations and, per finished job, the original's count and duration. */
public interface BackendMetrics extends StepTimings {
    /** @param state the state the job started in; {@code outcome} the state it left the document in */
    void job(String state, String outcome, Duration duration);
}
