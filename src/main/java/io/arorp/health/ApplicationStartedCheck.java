package io.arorp.health;

import io.arorp.util.lifecycle.Lifecycle;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Startup;

/** Started once the CDI application context is up and the environment beans have been produced. */
@Startup
@ApplicationScoped
public class ApplicationStartedCheck implements HealthCheck {
    private final Lifecycle lifecycle;

    @Inject
    public ApplicationStartedCheck(Lifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    protected ApplicationStartedCheck() {
        this.lifecycle = null;
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("started").status(lifecycle.isStarted()).build();
    }
}
