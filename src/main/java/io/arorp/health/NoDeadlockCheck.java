package io.arorp.health;

import jakarta.enterprise.context.ApplicationScoped;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * Live unless threads are deadlocked: a deadlocked RP never recovers by itself, so the kubelet should restart it.
 * Slow dependencies are deliberately not a liveness concern (that is readiness), or an outage would restart every pod.
 */
@Liveness
@ApplicationScoped
public class NoDeadlockCheck implements HealthCheck {
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();

    @Override
    public HealthCheckResponse call() {
        long[] deadlocked = threads.findDeadlockedThreads();
        return HealthCheckResponse.named("no-deadlock")
                .status(deadlocked == null)
                .withData("deadlockedThreads", deadlocked == null ? 0 : deadlocked.length)
                .build();
    }
}
