package io.arorp.env;

import io.arorp.database.Containers;
import io.arorp.database.DocumentCodec;
import io.arorp.database.SimulatedResources;
import io.arorp.database.store.DocumentStore;
import io.arorp.env.azure.AzureCloud;
import io.arorp.env.azure.AzureClusterMsiCredentials;
import io.arorp.env.azure.AzureOidcIssuers;
import io.arorp.env.azure.RpResources;
import io.arorp.env.cloud.Authorization;
import io.arorp.env.cloud.ClusterMsiCredentials;
import io.arorp.env.cloud.Compute;
import io.arorp.env.cloud.ContainerRegistry;
import io.arorp.env.cloud.Deployments;
import io.arorp.env.cloud.Dns;
import io.arorp.env.cloud.Features;
import io.arorp.env.cloud.KeyVault;
import io.arorp.env.cloud.ManagedIdentities;
import io.arorp.env.cloud.Networks;
import io.arorp.env.cloud.OidcIssuers;
import io.arorp.env.cloud.Providers;
import io.arorp.env.cloud.Quotas;
import io.arorp.env.cloud.PrivateEndpoints;
import io.arorp.env.cloud.ResourceGroups;
import io.arorp.env.cloud.Resources;
import io.arorp.env.cloud.RoleDefinitions;
import io.arorp.env.cloud.ServicePrincipals;
import io.arorp.env.cloud.Skus;
import io.arorp.env.cloud.Storage;
import io.arorp.env.installer.Installer;
import io.arorp.env.hive.HiveAdoption;
import io.arorp.env.hive.HiveInstaller;
import io.arorp.env.installer.HiveAdopter;
import io.arorp.env.installer.OperatorDeployer;
import io.arorp.env.kube.KubeOperatorDeployer;
import io.arorp.env.sim.cloud.SimAuthorization;
import io.arorp.env.sim.cloud.SimClusterMsiCredentials;
import io.arorp.env.sim.cloud.SimCompute;
import io.arorp.env.sim.cloud.SimContainerRegistry;
import io.arorp.env.sim.cloud.SimDeployments;
import io.arorp.env.sim.cloud.SimDns;
import io.arorp.env.sim.cloud.SimFeatures;
import io.arorp.env.sim.cloud.SimKeyVault;
import io.arorp.env.sim.cloud.SimManagedIdentities;
import io.arorp.env.sim.cloud.SimNetworks;
import io.arorp.env.sim.cloud.SimOidcIssuers;
import io.arorp.env.sim.cloud.SimProviders;
import io.arorp.env.sim.cloud.SimQuotas;
import io.arorp.env.sim.cloud.SimPrivateEndpoints;
import io.arorp.env.sim.cloud.SimResourceGroups;
import io.arorp.env.sim.cloud.SimResources;
import io.arorp.env.sim.cloud.SimRoleDefinitions;
import io.arorp.env.sim.cloud.SimServicePrincipals;
import io.arorp.env.sim.cloud.SimSkus;
import io.arorp.env.sim.cloud.SimStorage;
import io.arorp.env.sim.cloud.SimulatedCloud;
import io.arorp.env.sim.cluster.SimulatedClusters;
import io.arorp.env.sim.installer.SimulatedInstaller;
import io.arorp.env.sim.installer.SimulatedOperatorDeployer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Hands out the Azure and installer seams. Dev and test get the simulated cloud (state in the document store) and
 * the simulated installer; prod gets the Azure SDK adapters ({@link AzureCloud}) and the Hive installer, built from
 * configuration by {@link AzureProducer}. Each seam is built on first use, so a frontend-only process that never
 * touches the installer needs no Hive configuration.
 */
@ApplicationScoped
public class CloudProducer {
    private RpMode mode;
    private Roles roles;
    private SimulatedCloud.Settings settings;
    private String location;
    private boolean adoptByHive;

    @Inject
    public CloudProducer(RpMode mode, RpRegion region,
            @ConfigProperty(name = "aro.roles", defaultValue = "frontend,backend") String roles,
            @ConfigProperty(name = "aro.sim.cloud.latency", defaultValue = "PT0S") Duration latency,
            @ConfigProperty(name = "aro.sim.cloud.assume-networks", defaultValue = "true") boolean assumeNetworks,
            @ConfigProperty(name = "aro.sim.cloud.cores-limit", defaultValue = "1000") int coresLimit,
            @ConfigProperty(name = "aro.sim.cloud.assume-identities", defaultValue = "true") boolean assumeIdentities,
            @ConfigProperty(name = "aro.sim.cloud.rp-subscription",
                    defaultValue = "00000000-0000-0000-0000-000000000000") String rpSubscription,
            @ConfigProperty(name = "aro.hive.adopt", defaultValue = "false") boolean adoptByHive) {
        this.adoptByHive = adoptByHive;
        this.mode = mode;
        this.roles = Roles.parse(roles);
        this.location = region.location();
        this.settings = new SimulatedCloud.Settings(latency, assumeNetworks, coresLimit, rpSubscription,
                assumeIdentities);
    }

    /** CDI needs a no-arg constructor to proxy this normal-scoped bean. */
    protected CloudProducer() {
    }

    @Produces
    @Singleton
    public Roles roles() {
        return roles;
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
    public ResourceGroups resourceGroups(Instance<SimulatedCloud> sim, Instance<AzureCloud> azure) {
        return mode == RpMode.PROD ? azure.get().resourceGroups() : new SimResourceGroups(sim.get());
    }

    @Produces
    @Singleton
    public Resources resources(Instance<SimulatedCloud> sim, Instance<AzureCloud> azure) {
        return mode == RpMode.PROD ? azure.get().resources() : new SimResources(sim.get());
    }

    @Produces
    @Singleton
    public Deployments deployments(Instance<SimulatedCloud> sim, Instance<AzureCloud> azure) {
        return mode == RpMode.PROD ? azure.get().deployments() : new SimDeployments(sim.get());
    }

    @Produces
    @Singleton
    public Networks networks(Instance<SimulatedCloud> sim, Instance<AzureCloud> azure) {
        return mode == RpMode.PROD ? azure.get().networks() : new SimNetworks(sim.get(), location);
    }

    @Produces
    @Singleton
    public Dns dns(Instance<SimulatedCloud> sim, Instance<AzureCloud> azure) {
        return mode == RpMode.PROD ? azure.get().dns() : new SimDns(sim.get(), location);
    }

    @Produces
    @Singleton
    public Compute compute(Instance<SimulatedCloud> sim, Instance<AzureCloud> azure) {
        return mode == RpMode.PROD ? azure.get().compute() : new SimCompute(sim.get());
    }

    @Produces
    @Singleton
    public Skus skus(Instance<SimulatedCloud> sim, Instance<AzureCloud> azure) {
        return mode == RpMode.PROD ? azure.get().skus() : new SimSkus(sim.get());
    }

    @Produces
    @Singleton
    public Quotas quotas(Instance<SimulatedCloud> sim, Instance<AzureCloud> azure) {
        return mode == RpMode.PROD ? azure.get().quotas() : new SimQuotas(sim.get());
    }

    @Produces
    @Singleton
    public Providers providers(Instance<SimulatedCloud> sim, Instance<AzureCloud> azure) {
        return mode == RpMode.PROD ? azure.get().providers() : new SimProviders(sim.get());
    }

    @Produces
    @Singleton
    public Features features(Instance<SimulatedCloud> sim, Instance<AzureCloud> azure) {
        return mode == RpMode.PROD ? azure.get().features() : new SimFeatures(sim.get());
    }

    @Produces
    @Singleton
    public ServicePrincipals servicePrincipals(Instance<SimulatedCloud> sim, Instance<AzureCloud> azure) {
        return mode == RpMode.PROD ? azure.get().servicePrincipals() : new SimServicePrincipals(sim.get());
    }

    @Produces
    @Singleton
    public PrivateEndpoints privateEndpoints(Instance<SimulatedCloud> sim, Instance<AzureCloud> azure,
            Instance<RpResources> rp) {
        return mode == RpMode.PROD ? azure.get().privateEndpoints(rp.get())
                : new SimPrivateEndpoints(sim.get(), location);
    }

    @Produces
    @Singleton
    public Authorization authorization(Instance<SimulatedCloud> sim, Instance<AzureCloud> azure) {
        return mode == RpMode.PROD ? azure.get().authorization() : new SimAuthorization(sim.get());
    }

    @Produces
    @Singleton
    public ContainerRegistry containerRegistry(Instance<SimulatedCloud> sim, Instance<AzureCloud> azure,
            Instance<RpResources> rp) {
        return mode == RpMode.PROD ? azure.get().containerRegistry(rp.get())
                : new SimContainerRegistry(sim.get(), new SecureRandom(), location);
    }

    @Produces
    @Singleton
    public KeyVault keyVault(Instance<SimulatedCloud> sim, Instance<AzureCloud> azure, Clock clock) {
        return mode == RpMode.PROD ? azure.get().keyVault() : new SimKeyVault(sim.get(), clock, location);
    }

    @Produces
    @Singleton
    public Storage storage(Instance<SimulatedCloud> sim, Instance<AzureCloud> azure) {
        return mode == RpMode.PROD ? azure.get().storage() : new SimStorage(sim.get());
    }

    @Produces
    @Singleton
    public ManagedIdentities managedIdentities(Instance<SimulatedCloud> sim, Instance<AzureCloud> azure) {
        return mode == RpMode.PROD ? azure.get().managedIdentities() : new SimManagedIdentities(sim.get());
    }

    @Produces
    @Singleton
    public RoleDefinitions roleDefinitions(Instance<SimulatedCloud> sim, Instance<AzureCloud> azure) {
        return mode == RpMode.PROD ? azure.get().roleDefinitions() : new SimRoleDefinitions(sim.get());
    }

    @Produces
    @Singleton
    public OidcIssuers oidcIssuers(Instance<SimulatedCloud> sim, Instance<AzureOidcIssuers> azure) {
        return mode == RpMode.PROD ? azure.get() : new SimOidcIssuers(sim.get(), location);
    }

    @Produces
    @Singleton
    public ClusterMsiCredentials clusterMsiCredentials(Instance<SimulatedCloud> sim,
            Instance<AzureClusterMsiCredentials> azure, Clock clock) {
        return mode == RpMode.PROD ? azure.get() : new SimClusterMsiCredentials(sim.get(), clock, location);
    }

    @Produces
    @Singleton
    public Installer installer(Instance<SimulatedCloud> sim, Instance<SimulatedClusters> clusters,
            Instance<HiveInstaller> hive, Clock clock) {
        return mode == RpMode.PROD ? hive.get()
                : new SimulatedInstaller(sim.get(), clusters.get(), new SecureRandom(), clock);
    }

    /**
     * The Hive management cluster that adopts clusters installed without Hive: prod with {@code aro.hive.adopt}
     * (the original's {@code ARO_ADOPT_BY_HIVE}) only; elsewhere nothing is adopted.
     */
    @Produces
    @Singleton
    public Optional<HiveAdopter> hiveAdopter(Instance<HiveAdoption> hive) {
        return mode == RpMode.PROD && adoptByHive ? Optional.of(hive.get()) : Optional.empty();
    }

    @Produces
    @Singleton
    public OperatorDeployer operatorDeployer(Clock clock) {
        return mode == RpMode.PROD ? new KubeOperatorDeployer() : new SimulatedOperatorDeployer(clock);
    }

    private void requireSimulation() {
        if (mode == RpMode.PROD) {
            throw new IllegalStateException("the simulated cloud is not available in prod");
        }
    }
}
