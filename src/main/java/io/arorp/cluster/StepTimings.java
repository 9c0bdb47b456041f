package io.arorp.cluster;

import java.time.Duration;

/**
 * Where step durations go: MicroProfile Metrics in the server (the original's
 * {@code backend.openshiftcluster.<operation>.<step>.duration.seconds}), a recorder in tests.
 */
@FunctionalInterface
public interface StepTimings {
    void record(String operation, String step, Duration duration, boolean succeeded);
}
