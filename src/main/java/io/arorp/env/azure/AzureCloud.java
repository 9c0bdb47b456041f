package io.arorp.env.azure;

import io.arorp.env.cloud.Authorization;
import io.arorp.env.cloud.Compute;
import io.arorp.env.cloud.ContainerRegistry;
import io.arorp.env.cloud.Deployments;
import io.arorp.env.cloud.Dns;
import io.arorp.env.cloud.Features;
import io.arorp.env.cloud.KeyVault;
import io.arorp.env.cloud.ManagedIdentities;
import io.arorp.env.cloud.Networks;
import io.arorp.env.cloud.PrivateEndpoints;
import io.arorp.env.cloud.Providers;
import io.arorp.env.cloud.Quotas;
import io.arorp.env.cloud.ResourceGroups;
import io.arorp.env.cloud.Resources;
import io.arorp.env.cloud.RoleDefinitions;
import io.arorp.env.cloud.ServicePrincipals;
import io.arorp.env.cloud.Skus;
import io.arorp.env.cloud.Storage;
import java.time.Clock;

/**
 * Every prod cloud adapter over one set of clients and one error/retry policy, so the producers hand out parts of a
 * single configured Azure connection.
 */
public final class AzureCloud {
    private final AzureClients clients;
    private final AzureCalls calls;
    private final TenantResolver tenants;
    private final Clock clock;
    private final ApiVersions versions;

    public AzureCloud(AzureClients clients, TenantResolver tenants, Clock clock) {
        this.clients = clients;
        this.tenants = tenants;
        this.clock = clock;
        AzureSettings s = clients.settings();
        this.calls = new AzureCalls(clock, s.rbacRetry(), s.retryInterval());
        this.versions = new ApiVersions(clients, calls);
    }

    public ResourceGroups resourceGroups() {
        return new AzureResourceGroups(clients, calls);
    }

    public Resources resources() {
        return new AzureResources(clients, calls, versions);
    }

    public Deployments deployments() {
        return new AzureDeployments(clients, calls, versions);
    }

    public Networks networks() {
        return new AzureNetworks(clients, calls);
    }

    public PrivateEndpoints privateEndpoints(RpResources rp) {
        return new AzurePrivateEndpoints(clients, calls, rp);
    }

    public ContainerRegistry containerRegistry(RpResources rp) {
        return new AzureContainerRegistry(clients, calls, rp);
    }

    public Dns dns() {
        return new AzureDns(clients, calls);
    }

    public Compute compute() {
        return new AzureCompute(clients, calls, new BlobDownloads(clients.httpClient()));
    }

    public Skus skus() {
        return new AzureSkus(clients, calls);
    }

    public Quotas quotas() {
        return new AzureQuotas(clients, calls);
    }

    public Providers providers() {
        return new AzureProviders(clients, calls);
    }

    public Features features() {
        return new AzureFeatures(clients, calls);
    }

    public ServicePrincipals servicePrincipals() {
        return new AzureServicePrincipals(clients.settings(), clients.httpClient());
    }

    public Authorization authorization() {
        return new AzureAuthorization(clients, calls);
    }

    public KeyVault keyVault() {
        return new AzureKeyVault(clients, clock);
    }

    public Storage storage() {
        return new AzureStorage(clients, calls, tenants);
    }

    public ManagedIdentities managedIdentities() {
        return new AzureManagedIdentities(clients, calls);
    }

    public RoleDefinitions roleDefinitions() {
        return new AzureRoleDefinitions(clients, calls);
    }

    /** @see AzureOidcIssuers#AzureOidcIssuers */
    public AzureOidcIssuers oidcIssuers(String storageAccount, java.net.URI endpoint) {
        return new AzureOidcIssuers(clients, storageAccount, endpoint);
    }

    /** @param msiVault the RP's MSI key vault */
    public AzureClusterMsiCredentials clusterMsiCredentials(java.net.URI msiVault) {
        return new AzureClusterMsiCredentials(clients, calls, tenants, msiVault);
    }
}
