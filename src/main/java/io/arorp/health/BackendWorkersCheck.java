package io.arorp.health;

import io.arorp.backend.Backend;
import io.arorp.backend.Dispatcher;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Optional;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * Live while the backend's dispatcher keeps passing (at least every three ticks): a dispatcher that stopped ticking
 * leaves every new cluster unattended, which only a restart fixes. Up with {@code enabled=false} without the role.
 */
@Liveness
@ApplicationScoped
public class BackendWorkersCheck implements HealthCheck {
    private final Backend backend;
    private final Clock clock;

    @Inject
    public BackendWorkersCheck(Backend backend, Clock clock) {
        this.backend = backend;
        this.clock = clock;
    }

    protected BackendWorkersCheck() {
        this.backend = null;
        this.clock = null;
    }

    @Override
    public HealthCheckResponse call() {
        if (!backend.enabled()) {
            return HealthCheckResponse.named("backend-workers").up().withData("enabled", false).build();
        }
        Optional<Dispatcher> dispatcher = backend.dispatcher();
        long age = dispatcher.map(d -> clock.millis() - d.lastPassMillis()).orElse(Long.MAX_VALUE);
        boolean ticking = dispatcher.isPresent() && (d(dispatcher).stopped() || age <= 3 * backend.tick().toMillis());
        return HealthCheckResponse.named("backend-workers").status(ticking).withData("enabled", true)
                .withData("activeJobs", dispatcher.map(Dispatcher::active).orElse(0))
                .withData("peakJobs", dispatcher.map(Dispatcher::peak).orElse(0))
                .withData("millisSinceLastPass", dispatcher.isPresent() ? age : -1).build();
    }

    private static Dispatcher d(Optional<Dispatcher> dispatcher) {
        return dispatcher.get();
    }
}
