package io.arorp.health;

import io.arorp.util.lifecycle.Lifecycle;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Not ready once shutdown has begun, so no new work is routed to a process that is about to stop. */
@Readiness
@ApplicationScoped
public class NotDrainingCheck implements HealthCheck {
    private final Lifecycle lifecycle;

    @Inject
    public NotDrainingCheck(Lifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    protected NotDrainingCheck() {
        this.lifecycle = null;
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("not-draining")
                .status(!lifecycle.isDraining())
                .withData("inFlight", lifecycle.inFlightCount())
                .build();
    }
}
