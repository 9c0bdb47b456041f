package io.arorp.env;

import io.arorp.database.store.DocumentStore;
import io.arorp.database.store.embedded.EmbeddedDocumentStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Optional;
import java.util.Random;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Hands out the environment shims. This is the one class that branches on the environment; everything else
 * injects the interfaces it produces.
 */
@ApplicationScoped
public class EnvironmentProducer {
    private final RpMode mode;
    private final String location;
    private final String storeKind;
    private final Optional<String> embeddedStorePath;
    private final long idSeed;

    @Inject
    public EnvironmentProducer(
            @ConfigProperty(name = "mp.config.profile", defaultValue = "dev") String profile,
            @ConfigProperty(name = "aro.location", defaultValue = "eastus") String location,
            @ConfigProperty(name = "aro.store.kind", defaultValue = "embedded") String storeKind,
            @ConfigProperty(name = "aro.store.embedded.path") Optional<String> embeddedStorePath,
            @ConfigProperty(name = "aro.ids.seed", defaultValue = "0") long idSeed) {
        this.mode = RpMode.fromProfile(profile);
        this.location = location;
        this.storeKind = storeKind;
        this.embeddedStorePath = embeddedStorePath.filter(p -> !p.isBlank());
        this.idSeed = idSeed;
    }

    /** CDI needs a no-arg constructor to proxy this normal-scoped bean. */
    protected EnvironmentProducer() {
        this("dev", "eastus", "embedded", Optional.empty(), 0);
    }

    @Produces
    @Singleton
    public RpMode mode() {
        return mode;
    }

    @Produces
    @Singleton
    public Clock clock() {
        return Clock.systemUTC();
    }

    @Produces
    @Singleton
    public Ids ids() {
        Random random = mode == RpMode.TEST && idSeed != 0 ? new Random(idSeed) : new SecureRandom();
        return new RandomIds(random);
    }

    @Produces
    @Singleton
    public RpRegion region() {
        return new RpRegion(location);
    }

    @Produces
    @Singleton
    public DocumentStore documentStore() throws IOException {
        if (!"embedded".equals(storeKind)) {
            // The Cosmos DB adapter is delivered by the database issue; until then prod cannot start on purpose.
            throw new IllegalStateException("aro.store.kind=" + storeKind + " is not available in this build; use embedded");
        }
        Path file = embeddedStorePath.map(Path::of).orElse(null);
        if (file == null) {
            file = Files.createTempDirectory("aro-rp-store").resolve("store.mv.db");
        }
        return EmbeddedDocumentStore.open(file);
    }

    /** Static: at shutdown the application context holding this producer may already be gone. */
    public static void closeDocumentStore(@Disposes DocumentStore store) {
        store.close();
    }
}
