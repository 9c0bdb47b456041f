package io.arorp.env;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Random;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Hands out the environment shims (the store and its keys come from {@link StoreProducer}). Only the producers in
 * this package branch on the environment; everything else injects the interfaces they produce.
 */
@ApplicationScoped
public class EnvironmentProducer {
    private final RpMode mode;
    private final String location;
    private final long idSeed;

    @Inject
    public EnvironmentProducer(
            @ConfigProperty(name = "mp.config.profile", defaultValue = "dev") String profile,
            @ConfigProperty(name = "aro.location", defaultValue = "eastus") String location,
            @ConfigProperty(name = "aro.ids.seed", defaultValue = "0") long idSeed) {
        this.mode = RpMode.fromProfile(profile);
        this.location = location;
        this.idSeed = idSeed;
    }

    /** CDI needs a no-arg constructor to proxy this normal-scoped bean. */
    protected EnvironmentProducer() {
        this("dev", "eastus", 0);
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
}
