package io.arorp.health;

import io.arorp.database.store.DocumentStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only while the document store answers: without it the RP can neither read nor accept work. */
@Readiness
@ApplicationScoped
public class StoreReachableCheck implements HealthCheck {
    private final DocumentStore store;

    @Inject
    public StoreReachableCheck(DocumentStore store) {
        this.store = store;
    }

    protected StoreReachableCheck() {
        this.store = null;
    }

    @Override
    public HealthCheckResponse call() {
        try {
            store.ping();
            return HealthCheckResponse.named("store").up().withData("store", store.describe()).build();
        } catch (RuntimeException e) {
            return HealthCheckResponse.named("store").down().withData("error", e.getMessage()).build();
        }
    }
}
