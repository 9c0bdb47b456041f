package io.arorp.env;

import io.arorp.database.Containers;
import io.arorp.database.DocumentCodec;
import io.arorp.database.SimulatedResources;
import io.arorp.database.store.DocumentStore;
import io.arorp.env.cloud.Authorization;
import io.arorp.env.cloud.Compute;
import io.arorp.env.cloud.ContainerRegistry;
import io.arorp.env.cloud.Deployments;
import io.arorp.env.cloud.Dns;
import io.arorp.env.cloud.KeyVault;
import io.arorp.env.cloud.Networks;
import io.arorp.env.cloud.PrivateEndpoints;
import io.arorp.env.cloud.ResourceGroups;
import io.arorp.env.cloud.Resources;
import io.arorp.env.cloud.Storage;
import io.arorp.env.installer.Installer;
import io.arorp.env.installer.OperatorDeployer;
import io.arorp.env.sim.cloud.SimAuthorization;
import io.arorp.env.sim.cloud.SimCompute;
import io.arorp.env.sim.cloud.SimContainerRegistry;
import io.arorp.env.sim.cloud.SimDeployments;
import io.arorp.env.sim.cloud.SimDns;
import io.arorp.env.sim.cloud.SimKeyVault;
import io.arorp.env.sim.cloud.SimNetworks;
import io.arorp.env.sim.cloud.SimPrivateEndpoints;
import io.arorp.env.sim.cloud.SimResourceGroups;
import io.arorp.env.sim.cloud.SimResources;
import io.arorp.env.sim.cloud.SimStorage;
import io.arorp.env.sim.cloud.SimulatedCloud;
import io.arorp.env.sim.cluster.SimulatedClusters;
import io.arorp.env.sim.installer.SimulatedInstaller;
import io.arorp.env.sim.installer.SimulatedOperatorDeployer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Hands out the Azure and installer seams. Dev and test get the simulated cloud (state in the document store) and
 * the simulated installer; prod needs the Azure SDK and Hive adapters, which this build does not have yet, so a
 * backend in prod refuses to start rather than run against a simulation.
 */
@ApplicationScoped
public class CloudProducer {
    private RpMode mode;
    private Roles roles;
    private SimulatedCloud.Settings settings;
    private String location;

    @Inject
    public CloudProducer(RpMode mode, RpRegion region,
            @ConfigProperty(name = "aro.roles", defaultValue = "frontend,backend") String roles,
            @ConfigProperty(name = "aro.sim.cloud.latency", defaultValue = "PT0S") Duration latency,
            @ConfigProperty(name = "aro.sim.cloud.assume-networks", defaultValue = "true") boolean assumeNetworks,
            @ConfigProperty(name = "aro.sim.cloud.cores-limit", defaultValue = "1000") int coresLimit,
            @ConfigProperty(name = "aro.sim.cloud.rp-subscription",
                    defaultValue = "00000000-0000-0000-0000-000000000000") String rpSubscription) {
        this.mode = mode;
        this.roles = Roles.parse(roles);
        this.location = region.location();
        this.settings = new SimulatedCloud.Settings(latency, assumeNetworks, coresLimit, rpSubscription);
    }

    /** CDI needs a no-arg constructor to proxy this normal-scoped bean. */
    protected CloudProducer() {
    }

    @Produces
    @Singleton
    public Roles roles() {
        return roles;
    }

    /** Fails the start of a prod backend: there is no real cloud adapter to give it (issue 7). */
    void requireAdapters(@Observes @Initialized(ApplicationScoped.class) Object event) {
        if (mode == RpMode.PROD && roles.has(Roles.BACKEND)) {
            throw new IllegalStateException("aro.roles includes backend, but this build has no Azure or Hive adapters "
                    + "for prod; the simulated cloud is for dev and test only");
        }
    }

    @Produces
    @Singleton
    public SimulatedCloud simulatedCloud(DocumentStore store, DocumentCodec codec) {
        requireSimulation();
        store.ensureContainers(List.of(Containers.SIMULATED_CLOUD));
        return new SimulatedCloud(new SimulatedResources(store, codec), settings);
    }

    @Produces
    @Singleton
    public ResourceGroups resourceGroups(SimulatedCloud cloud) {
        return new SimResourceGroups(cloud);
    }

    @Produces
    @Singleton
    public Resources resources(SimulatedCloud cloud) {
        return new SimResources(cloud);
    }

    @Produces
    @Singleton
    public Deployments deployments(SimulatedCloud cloud) {
        return new SimDeployments(cloud);
    }

    @Produces
    @Singleton
    public Networks networks(SimulatedCloud cloud) {
        return new SimNetworks(cloud, location);
    }

    @Produces
    @Singleton
    public Dns dns(SimulatedCloud cloud) {
        return new SimDns(cloud, location);
    }

    @Produces
    @Singleton
    public Compute compute(SimulatedCloud cloud) {
        return new SimCompute(cloud);
    }

    @Produces
    @Singleton
    public Authorization authorization(SimulatedCloud cloud) {
        return new SimAuthorization(cloud);
    }

    @Produces
    @Singleton
    public KeyVault keyVault(SimulatedCloud cloud, Clock clock) {
        return new SimKeyVault(cloud, clock, location);
    }

    @Produces
    @Singleton
    public Storage storage(SimulatedCloud cloud) {
        return new SimStorage(cloud);
    }

    @Produces
    @Singleton
    public PrivateEndpoints privateEndpoints(SimulatedCloud cloud) {
        return new SimPrivateEndpoints(cloud, location);
    }

    @Produces
    @Singleton
    public ContainerRegistry containerRegistry(SimulatedCloud cloud) {
        return new SimContainerRegistry(cloud, new SecureRandom(), location);
    }

    @Produces
    @Singleton
    public Installer installer(SimulatedCloud cloud, SimulatedClusters clusters) {
        return new SimulatedInstaller(cloud, clusters, new SecureRandom());
    }

    @Produces
    @Singleton
    public OperatorDeployer operatorDeployer(Clock clock) {
        requireSimulation();
        return new SimulatedOperatorDeployer(clock);
    }

    private void requireSimulation() {
        if (mode == RpMode.PROD) {
            throw new IllegalStateException("the simulated cloud is not available in prod");
        }
    }
}
