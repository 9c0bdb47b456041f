package io.arorp.health;

import io.arorp.frontend.cache.OpenShiftVersionCache;
import io.arorp.frontend.cache.RoleSetCache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready once the version and role-set caches have read their change feeds at least once: before that every create
 * would fail for want of a default version (the original waits for the same).
 */
@Readiness
@ApplicationScoped
public class CachesPrimedCheck implements HealthCheck {
    @Inject
    OpenShiftVersionCache versions;

    @Inject
    RoleSetCache roleSets;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("caches-primed")
                .status(versions.isPrimed() && roleSets.isPrimed())
                .withData("openShiftVersions", versions.isPrimed())
                .withData("platformWorkloadIdentityRoleSets", roleSets.isPrimed())
                .build();
    }
}
