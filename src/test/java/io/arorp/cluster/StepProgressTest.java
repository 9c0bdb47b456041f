package io.arorp.cluster;

import static io.arorp.cluster.Step.action;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.arorp.backend.BackendFixture;
import io.arorp.database.BackendProgress;
import io.arorp.database.OpenShiftClusters;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The step a job is on reaches the document: at once when the last record is older than the progress interval or the
 * lease is past half its length, else by the heartbeat or at the operation's end; never older over newer.
 */
class StepProgressTest {
    @TempDir
    Path dir;
    BackendFixture f;
    OpenShiftClusters clusters;
    String key;

    @AfterEach
    void close() {
        if (f != null) {
            f.close();
        }
    }

    private ClusterContext leased(Duration progressInterval) {
        f = new BackendFixture(dir);
        key = f.enqueueCreate("p", d -> { }).getKey();
        clusters = f.clusters("worker");
        return new ClusterContext(clusters, clusters.dequeue().orElseThrow(), f.subscription(), f.env(), () -> { },
                progressInterval);
    }

    private String stored() {
        BackendProgress progress = clusters.get(key).orElseThrow().getBackendProgress();
        return progress == null ? null : progress.step();
    }

    @Test
    void stepsWithinTheIntervalAreLeftToTheHeartbeatAndTheEnd() throws Exception {
        ClusterContext c = leased(Duration.ofSeconds(1));
        List<String> seen = new ArrayList<>();
        new StepRunner((op, step, took, ok) -> { }, f.clock).run("install", List.of(
                action("first", x -> seen.add(stored())),
                action("second", x -> {
                    seen.add(stored()); // within the interval: not written by the job
                    clusters.lease(key, c.takeUnwrittenProgress()); // the heartbeat writes it
                    seen.add(stored());
                    f.clock.advance(Duration.ofSeconds(2));
                }),
                action("third", x -> seen.add(stored())), // the interval has passed: written before it runs
                action("fourth", x -> seen.add(stored()))), c);
        assertEquals(List.of("first", "first", "second", "third", "third"), seen);
        assertEquals("fourth", stored(), "the operation's end writes the step the job left unwritten");
    }

    @Test
    void aLeasePastHalfItsLengthIsProvedBeforeTheNextStep() throws Exception {
        ClusterContext c = leased(Duration.ofHours(1));
        List<String> seen = new ArrayList<>();
        new StepRunner((op, step, took, ok) -> { }, f.clock).run("install", List.of(
                action("first", x -> f.clock.advance(Duration.ofSeconds(20))),
                action("second", x -> {
                    seen.add(stored()); // 40 s of the 60 s lease left: no write
                    f.clock.advance(Duration.ofSeconds(15));
                }),
                action("third", x -> seen.add(stored()))), c); // 25 s left: written (the write proves the lease)
        assertEquals(List.of("first", "third"), seen);
    }

    @Test
    void aLostLeaseStopsTheJobAtTheNextWrittenStep() throws Exception {
        ClusterContext c = leased(Duration.ofHours(1));
        JobStoppedException stopped = assertThrows(JobStoppedException.class, () ->
                new StepRunner((op, step, took, ok) -> { }, f.clock).run("install", List.of(
                        action("first", x -> {
                            f.clock.advance(Duration.ofSeconds(61)); // the lease lapses and another worker takes it
                            f.clusters("other").dequeue().orElseThrow();
                        }),
                        action("second", x -> {
                            throw new AssertionError("a step ran after the lease was lost");
                        })), c));
        assertEquals(true, stopped.leaseLost());
        assertEquals("first", stored());
    }

    @Test
    void theHeartbeatNeverWritesAnOlderStepOverANewerOne() {
        ClusterContext c = leased(Duration.ofHours(1));
        c.enter("install", "first");
        f.clock.advance(Duration.ofMillis(10));
        c.enter("install", "second"); // left to the heartbeat
        BackendProgress older = c.takeUnwrittenProgress();
        f.clock.advance(Duration.ofSeconds(40)); // past half the lease: the job writes its next step itself
        c.enter("install", "third");
        clusters.lease(key, older); // a beat that took "second" before and lands after
        assertEquals("third", stored());
    }
}
