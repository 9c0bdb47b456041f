package io.arorp.backend;

import io.arorp.cluster.CloudServices;
import io.arorp.cluster.ClusterEnv;
import io.arorp.cluster.IdentityServices;
import io.arorp.database.Billing;
import io.arorp.database.Gateway;
import io.arorp.database.PlatformWorkloadIdentityRoleSets;
import io.arorp.env.ClusterClients;
import io.arorp.env.RpRegion;
import io.arorp.env.cloud.Authorization;
import io.arorp.env.cloud.ClusterMsiCredentials;
import io.arorp.env.cloud.Compute;
import io.arorp.env.cloud.ContainerRegistry;
import io.arorp.env.cloud.Deployments;
import io.arorp.env.cloud.Dns;
import io.arorp.env.cloud.KeyVault;
import io.arorp.env.cloud.ManagedIdentities;
import io.arorp.env.cloud.Networks;
import io.arorp.env.cloud.OidcIssuers;
import io.arorp.env.cloud.PrivateEndpoints;
import io.arorp.env.cloud.ResourceGroups;
import io.arorp.env.cloud.Resources;
import io.arorp.env.cloud.RoleDefinitions;
import io.arorp.env.cloud.ServicePrincipals;
import io.arorp.env.cloud.Storage;
import io.arorp.env.installer.HiveAdopter;
import io.arorp.env.installer.Installer;
import io.arorp.env.installer.OperatorDeployer;
import jakarta.enterprise.context.ApplicationScoped;
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
 * Wires the backend's values from configuration and the env seams: its settings, and the environment the cluster
 * steps run in. Only asked for when the backend role runs, so a frontend-only process never builds the cloud seams.
 */
@ApplicationScoped
public class BackendProducer {
    private BackendSettings settings;
    private ClusterEnv.Settings clusterSettings;

    @Inject
    public BackendProducer(RpRegion region,
            @ConfigProperty(name = "aro.backend.max-workers", defaultValue = "100") int maxWorkers,
            @ConfigProperty(name = "aro.backend.heartbeat", defaultValue = "PT10S") Duration heartbeat,
            @ConfigProperty(name = "aro.backend.tick", defaultValue = "PT10S") Duration tick,
            @ConfigProperty(name = "aro.backend.max-dequeues", defaultValue = "5") int maxDequeues,
            @ConfigProperty(name = "aro.backend.delete-delay", defaultValue = "PT20S") Duration deleteDelay,
            @ConfigProperty(name = "aro.backend.progress-interval", defaultValue = "PT1S") Duration progressInterval,
            @ConfigProperty(name = "aro.managed-domain") Optional<String> managedDomain,
            @ConfigProperty(name = "aro.rp.principal-id",
                    defaultValue = "00000000-0000-0000-0000-0000000000a0") String rpPrincipalId,
            @ConfigProperty(name = "aro.operator.version", defaultValue = "v20250725.00") String operatorVersion,
            @ConfigProperty(name = "aro.cluster.poll-interval", defaultValue = "PT10S") Duration pollInterval,
            @ConfigProperty(name = "aro.cluster.authorization-retry", defaultValue = "PT10M") Duration authRetry,
            @ConfigProperty(name = "aro.cluster.authorization-interval", defaultValue = "PT30S") Duration authInterval,
            @ConfigProperty(name = "aro.cluster.deny-assignments", defaultValue = "true") boolean denyAssignments,
            @ConfigProperty(name = "aro.rp.subscription-id",
                    defaultValue = "00000000-0000-0000-0000-000000000000") String rpSubscriptionId,
            @ConfigProperty(name = "aro.rp.subnet-ids") Optional<List<String>> rpSubnetIds) {
        this.settings = new BackendSettings(maxWorkers, heartbeat, tick, maxDequeues, deleteDelay,
                progressInterval);
        this.clusterSettings = new ClusterEnv.Settings(region.location(),
                managedDomain.filter(d -> !d.isBlank()).orElse(region.location() + ".aroapp.io"), rpPrincipalId,
                operatorVersion, pollInterval, authRetry, authInterval, denyAssignments,
                new ClusterEnv.RpNetwork(rpSubscriptionId, rpSubnetIds.orElse(List.of())));
    }

    /** CDI needs a no-arg constructor to proxy this normal-scoped bean. */
    protected BackendProducer() {
    }

    @Produces
    @Singleton
    public BackendSettings backendSettings() {
        return settings;
    }

    @Produces
    @Singleton
    public CloudServices cloudServices(ResourceGroups groups, Resources resources, Deployments deployments,
            Networks networks, Dns dns, Compute compute, Authorization authorization, KeyVault keyVault,
            Storage storage, PrivateEndpoints privateEndpoints, ContainerRegistry registry,
            ServicePrincipals servicePrincipals) {
        return new CloudServices(groups, resources, deployments, networks, dns, compute, authorization, keyVault,
                storage, privateEndpoints, registry, servicePrincipals);
    }

    @Produces
    @Singleton
    public IdentityServices identityServices(ManagedIdentities identities, OidcIssuers oidc,
            RoleDefinitions roleDefinitions, ClusterMsiCredentials msiCredentials,
            PlatformWorkloadIdentityRoleSets roleSets) {
        return new IdentityServices(identities, oidc, roleDefinitions, msiCredentials, roleSets);
    }

    @Produces
    @Singleton
    public ClusterEnv clusterEnv(CloudServices cloud, IdentityServices identity, Installer installer,
            OperatorDeployer operator, ClusterClients clients, Billing billing, Gateway gateway, Clock clock,
            Optional<HiveAdopter> hive) {
        return new ClusterEnv(cloud, identity, installer, operator, clients, billing, gateway, clock,
                new SecureRandom(), clusterSettings, hive);
    }
}
