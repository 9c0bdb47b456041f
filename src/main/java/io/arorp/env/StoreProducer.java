package io.arorp.env;

import io.arorp.database.Containers;
import io.arorp.database.LeaseOwner;
import io.arorp.database.store.DocumentStore;
import io.arorp.database.store.cosmos.CosmosClients;
import io.arorp.database.store.cosmos.CosmosDocumentStore;
import io.arorp.database.store.cosmos.CosmosSettings;
import io.arorp.database.store.embedded.EmbeddedDocumentStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Produces the document store the configuration asks for ({@code aro.store.kind}): {@code embedded} (dev, test; a
 * file, or a fresh temporary one when no path is set) or {@code cosmos} (prod). Either way the RP's containers are
 * created before anything uses the store.
 */
@ApplicationScoped
public class StoreProducer {
    private final String kind;
    private final Optional<String> embeddedPath;
    private final Optional<String> cosmosEndpoint;
    private final Optional<String> cosmosKey;
    private final String cosmosDatabase;
    private final boolean endpointDiscovery;
    private final long slowCallMillis;

    @Inject
    public StoreProducer(@ConfigProperty(name = "aro.store.kind", defaultValue = "embedded") String kind,
            @ConfigProperty(name = "aro.store.embedded.path") Optional<String> embeddedPath,
            @ConfigProperty(name = "aro.store.cosmos.endpoint") Optional<String> cosmosEndpoint,
            @ConfigProperty(name = "aro.store.cosmos.key") Optional<String> cosmosKey,
            @ConfigProperty(name = "aro.store.cosmos.database", defaultValue = "ARO") String cosmosDatabase,
            @ConfigProperty(name = "aro.store.cosmos.endpoint-discovery", defaultValue = "true") boolean endpointDiscovery,
            @ConfigProperty(name = "aro.store.cosmos.slow-call-millis", defaultValue = "1000") long slowCallMillis) {
        this.kind = kind;
        this.embeddedPath = embeddedPath.filter(p -> !p.isBlank());
        this.cosmosEndpoint = cosmosEndpoint.filter(e -> !e.isBlank());
        this.cosmosKey = cosmosKey;
        this.cosmosDatabase = cosmosDatabase;
        this.endpointDiscovery = endpointDiscovery;
        this.slowCallMillis = slowCallMillis;
    }

    /** CDI needs a no-arg constructor to proxy this normal-scoped bean. */
    protected StoreProducer() {
        this("embedded", Optional.empty(), Optional.empty(), Optional.empty(), "ARO", true, 1000);
    }

    @Produces
    @Singleton
    public DocumentStore documentStore(Clock clock) {
        DocumentStore store = switch (kind) {
            case "embedded" -> EmbeddedDocumentStore.open(embeddedFile(), clock);
            case "cosmos" -> cosmos();
            default -> throw new IllegalStateException("aro.store.kind must be embedded or cosmos, not '" + kind + "'");
        };
        store.ensureContainers(Containers.ALL);
        return store;
    }

    /** Static: at shutdown the application context holding this producer may already be gone. */
    public static void closeDocumentStore(@Disposes DocumentStore store) {
        store.close();
    }

    /** A new owner id per process start, so a restarted RP never takes an old lease of its own for current. */
    @Produces
    @Singleton
    public LeaseOwner leaseOwner(Ids ids) {
        return new LeaseOwner(ids.newId());
    }

    private DocumentStore cosmos() {
        CosmosSettings settings = new CosmosSettings(cosmosEndpoint.orElseThrow(() -> new IllegalStateException(
                "aro.store.kind=cosmos needs aro.store.cosmos.endpoint (env ARO_STORE_COSMOS_ENDPOINT)")),
                cosmosKey, cosmosDatabase, endpointDiscovery, Duration.ofMillis(slowCallMillis));
        return new CosmosDocumentStore(CosmosClients.build(settings), cosmosDatabase, true, settings.toString());
    }

    private Path embeddedFile() {
        if (embeddedPath.isPresent()) {
            return Path.of(embeddedPath.get());
        }
        try {
            return Files.createTempDirectory("aro-rp-store").resolve("store.mv.db");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary embedded store", e);
        }
    }
}
