package io.arorp.backend;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.arorp.cluster.JobStoppedException;
import io.arorp.database.LostLeaseException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The heartbeat's answer at a job's safe points. */
class HeartbeatTest {
    @Test
    void aLeaseGoneFromUnderARunningJobStopsItAtItsNextStep(@TempDir Path dir) throws Exception {
        try (BackendFixture f = new BackendFixture(dir)) {
            CountDownLatch failed = new CountDownLatch(1);
            Heartbeat heartbeat = new Heartbeat("job", () -> {
                failed.countDown();
                throw new LostLeaseException("taken by another worker");
            }, f.services("a", Duration.ofMillis(20), () -> false));
            assertTrue(failed.await(10, TimeUnit.SECONDS));
            Thread.sleep(50);
            assertThrows(JobStoppedException.class, heartbeat::safePoint);
            heartbeat.close();
        }
    }

    /** A job ends its own lease after closing its heartbeat; a beat already running then finds the lease gone. */
    @Test
    void aBeatThatFindsTheLeaseEndedAfterCloseIsNotALostLease(@TempDir Path dir) throws Exception {
        try (BackendFixture f = new BackendFixture(dir)) {
            CountDownLatch renewing = new CountDownLatch(1);
            CountDownLatch ended = new CountDownLatch(1);
            CountDownLatch beatDone = new CountDownLatch(1);
            Heartbeat heartbeat = new Heartbeat("job", () -> {
                renewing.countDown();
                try {
                    ended.await(10, TimeUnit.SECONDS);
                    throw new LostLeaseException("released");
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    beatDone.countDown();
                }
            }, f.services("a", Duration.ofMillis(20), () -> false));
            assertTrue(renewing.await(10, TimeUnit.SECONDS));
            heartbeat.close(); // the job is done, then it ends its lease
            ended.countDown();
            assertTrue(beatDone.await(10, TimeUnit.SECONDS));
            Thread.sleep(50);
            heartbeat.safePoint(); // no JobStoppedException: nothing was lost
        }
    }
}
