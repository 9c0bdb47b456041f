package io.arorp.frontend.admin;

import static io.arorp.frontend.admin.AdminVmActionsTest.assertCloudError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** An admin action that hangs gives the request back after the timeout and is interrupted; errors pass through. */
class AdminTimeoutTest {
    private final ExecutorService executor = Executors.newCachedThreadPool();

    @AfterEach
    void stop() {
        executor.shutdownNow();
    }

    @Test
    void aHungActionIsCutOffAndInterrupted() throws Exception {
        CountDownLatch interrupted = new CountDownLatch(1);
        AdminTimeout timeout = new AdminTimeout(Duration.ofMillis(200), executor);
        assertCloudError(504, "GatewayTimeout", "The admin action did not finish within PT0.2S.", () ->
                timeout.run(() -> {
                    try {
                        Thread.sleep(60_000);
                    } catch (InterruptedException e) {
                        interrupted.countDown();
                    }
                    return null;
                }));
        assertTrue(interrupted.await(5, TimeUnit.SECONDS), "the action's thread was interrupted");
    }

    @Test
    void resultsAndCloudErrorsOfTheActionPassThrough() {
        AdminTimeout timeout = new AdminTimeout(Duration.ofSeconds(5), executor);
        assertEquals("done", timeout.run(() -> "done"));
        assertCloudError(400, "InvalidParameter", "The provided vmName '' is invalid.",
                () -> timeout.run(() -> {
                    AdminParameters.vmName("");
                    return null;
                }));
    }
}
