package io.arorp.health;

import io.arorp.env.auth.Admin;
import io.arorp.env.auth.Arm;
import io.arorp.env.auth.ClientAuthorizer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only when both authorizers can decide; otherwise every ARM or admin call would be refused. */
@Readiness
@ApplicationScoped
public class AuthorizersReadyCheck implements HealthCheck {
    @Inject
    @Arm
    ClientAuthorizer arm;

    @Inject
    @Admin
    ClientAuthorizer admin;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("authorizers")
                .status(arm.isReady() && admin.isReady())
                .withData("arm", arm.isReady())
                .withData("admin", admin.isReady())
                .build();
    }
}
