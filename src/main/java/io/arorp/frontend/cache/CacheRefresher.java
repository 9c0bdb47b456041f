package io.arorp.frontend.cache;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.BeforeDestroyed;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Polls the change feeds behind the frontend caches: once at start-up (readiness waits for it), then periodically. */
@ApplicationScoped
public class CacheRefresher {
    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    OpenShiftVersionCache versions;

    @Inject
    RoleSetCache roleSets;

    @Inject
    VersionSeeder seeder;

    @Inject
    RoleSetSeeder roleSetSeeder;

    @Inject
    @ConfigProperty(name = "aro.frontend.cache-refresh-seconds", defaultValue = "10")
    long intervalSeconds;

    private ScheduledFuture<?> task;

    void start(@Observes @Initialized(ApplicationScoped.class) Object event) {
        seeder.seedIfEmpty();
        roleSetSeeder.seedIfEmpty();
        task = scheduler.scheduleWithFixedDelay(this::refresh, 0, intervalSeconds, TimeUnit.SECONDS);
    }

    private void refresh() {
        versions.refresh();
        roleSets.refresh();
    }

    void stop(@Observes @BeforeDestroyed(ApplicationScoped.class) Object event) {
        if (task != null) {
            task.cancel(false);
        }
    }
}
