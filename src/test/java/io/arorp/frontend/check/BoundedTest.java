package io.arorp.frontend.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class BoundedTest {
    private final ThreadPoolExecutor oneThread = new ThreadPoolExecutor(0, 1, 1, TimeUnit.SECONDS,
            new SynchronousQueue<>());
    private final ExecutorService anyThreads = Executors.newCachedThreadPool();
    private final CountDownLatch release = new CountDownLatch(1);

    @AfterEach
    void stop() {
        release.countDown();
        oneThread.shutdownNow();
        anyThreads.shutdownNow();
    }

    @Test
    void aCallRunsOnACallThreadAndOverrunningItsTimeIsATimeout() {
        // a pool that never refuses: with one thread, the second call could find it not yet back from the first
        Bounded bounded = new Bounded(anyThreads, Duration.ofMillis(200));
        assertNotEquals(Thread.currentThread().getName(), call(bounded, () -> Thread.currentThread().getName()));
        assertThrows(TimeoutException.class, () -> bounded.call(() -> {
            awaitRelease();
            return "late";
        }));
    }

    @Test
    void whenEveryCallThreadIsBusyTheCallRunsOnTheCallerInsteadOfFailing() throws Exception {
        oneThread.execute(this::awaitRelease); // the only thread is taken
        Bounded bounded = new Bounded(oneThread, Duration.ofSeconds(5));
        assertEquals(Thread.currentThread().getName(), bounded.call(() -> Thread.currentThread().getName()));
    }

    private static String call(Bounded bounded, java.util.function.Supplier<String> body) {
        try {
            return bounded.call(body);
        } catch (TimeoutException e) {
            throw new AssertionError(e);
        }
    }

    private String awaitRelease() {
        try {
            release.await(30, TimeUnit.SECONDS); // bounded: a test mistake fails instead of hanging the build
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return "released";
    }
}
