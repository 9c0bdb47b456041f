package io.arorp.cluster;

import static io.arorp.cluster.Step.action;
import static io.arorp.cluster.Step.bestEffortCondition;
import static io.arorp.cluster.Step.condition;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.arorp.backend.BackendFixture;
import io.arorp.database.OpenShiftClusters;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A condition configured not to fail (the original's {@code fail=false}, as hiveClusterDeploymentReady in an admin
 * update): neither its timeout nor a failing check ends the operation; the next step runs.
 */
class BestEffortConditionTest {
    BackendFixture f;
    ClusterContext c;
    final List<String> ran = new ArrayList<>();

    @BeforeEach
    void leased(@TempDir Path dir) {
        f = new BackendFixture(dir);
        f.enqueueCreate("be", d -> { });
        OpenShiftClusters clusters = f.clusters("worker");
        c = new ClusterContext(clusters, clusters.dequeue().orElseThrow(), f.subscription(), f.env(), () -> { });
    }

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void aTimeoutOrAFailingCheckIsLoggedAndTheNextStepRuns() throws Exception {
        new StepRunner((op, step, took, ok) -> { }, f.clock).run("adminUpdate", List.of(
                bestEffortCondition("never", x -> neverHolds(), Duration.ofMinutes(5)),
                bestEffortCondition("broken", x -> {
                    throw new IllegalStateException("Hive is down");
                }, Duration.ofMinutes(5)),
                action("after", x -> ran.add("after"))), c);

        assertEquals(List.of("never", "after"), ran);
    }

    @Test
    void anOrdinaryConditionStillFailsTheOperation() {
        assertThrows(TimeoutException.class, () -> new StepRunner((op, step, took, ok) -> { }, f.clock).run(
                "adminUpdate", List.of(condition("never", x -> neverHolds(), Duration.ofMinutes(5)),
                        action("after", x -> ran.add("after"))), c));
        assertEquals(List.of("never"), ran);
    }

    /** Each poll lets two minutes pass on the fixture's clock. */
    private boolean neverHolds() {
        if (!ran.contains("never")) {
            ran.add("never");
        }
        f.clock.advance(Duration.ofMinutes(2));
        return false;
    }
}
