package io.arorp.util.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class LifecycleTest {

    @Test
    void drainMarksNotReadyAndWaitsForInFlightWork() throws Exception {
        Lifecycle lifecycle = new Lifecycle(Duration.ofSeconds(30));
        Lifecycle.Work work = lifecycle.inFlight();
        AtomicBoolean workFinishedBeforeDrainReturned = new AtomicBoolean();
        CountDownLatch drained = new CountDownLatch(1);
        AtomicBoolean finished = new AtomicBoolean();

        Thread drainer = new Thread(() -> {
            lifecycle.drain();
            workFinishedBeforeDrainReturned.set(finished.get());
            drained.countDown();
        });
        drainer.start();
        while (!lifecycle.isDraining()) {
            Thread.onSpinWait();
        }
        assertFalse(drained.await(200, TimeUnit.MILLISECONDS), "drain returned while work was in flight");
        finished.set(true);
        work.close();
        assertTrue(drained.await(5, TimeUnit.SECONDS));
        assertTrue(workFinishedBeforeDrainReturned.get());
        assertEquals(0, lifecycle.inFlightCount());
    }

    @Test
    void drainGivesUpAfterItsTimeoutSoShutdownCannotHangForever() {
        Lifecycle lifecycle = new Lifecycle(Duration.ofMillis(100));
        lifecycle.inFlight(); // never closed: a stuck request
        lifecycle.drain();
        assertTrue(lifecycle.isDraining());
        assertEquals(1, lifecycle.inFlightCount());
    }
}
