package io.arorp.env.azure;

import com.azure.core.credential.TokenCredential;
import com.azure.core.http.HttpClient;
import com.azure.core.http.HttpPipeline;
import com.azure.core.http.HttpPipelineBuilder;
import com.azure.core.http.policy.ExponentialBackoffOptions;
import com.azure.core.http.policy.RequestIdPolicy;
import com.azure.core.http.policy.RequestRetryCondition;
import com.azure.core.http.policy.RetryOptions;
import com.azure.core.http.policy.RetryPolicy;
import com.azure.core.management.AzureEnvironment;
import com.azure.core.management.profile.AzureProfile;
import com.azure.resourcemanager.authorization.fluent.AuthorizationManagementClient;
import com.azure.resourcemanager.authorization.AuthorizationManager;
import com.azure.resourcemanager.compute.ComputeManager;
import com.azure.resourcemanager.compute.fluent.ComputeManagementClient;
import com.azure.resourcemanager.containerregistry.ContainerRegistryManager;
import com.azure.resourcemanager.containerregistry.fluent.ContainerRegistryManagementClient;
import com.azure.resourcemanager.dns.DnsZoneManager;
import com.azure.resourcemanager.dns.fluent.DnsManagementClient;
import com.azure.resourcemanager.msi.MsiManager;
import com.azure.resourcemanager.msi.fluent.ManagedServiceIdentityClient;
import com.azure.resourcemanager.network.NetworkManager;
import com.azure.resourcemanager.network.fluent.NetworkManagementClient;
import com.azure.resourcemanager.resources.ResourceManager;
import com.azure.resourcemanager.resources.fluent.DeploymentsManagementClient;
import com.azure.resourcemanager.resources.fluent.FeatureClient;
import com.azure.resourcemanager.resources.fluent.ResourceManagementClient;
import com.azure.resourcemanager.storage.StorageManager;
import com.azure.resourcemanager.storage.fluent.StorageManagementClient;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The ARM management clients of both identities, one per subscription (an SDK client is bound to its subscription),
 * built once and shared. The first-party identity acts on customer subscriptions; the RP identity on the RP's own.
 * Every pipeline retries throttling and server errors after the service's {@code Retry-After}.
 */
public final class AzureClients {
    private final AzureSettings settings;
    private final HttpClient httpClient;
    private final TenantResolver tenants;
    private final TokenCredential firstPartyCredential;
    private final TokenCredential rpCredential;
    private final HttpPipeline firstParty;
    private final HttpPipeline rp;
    private final HttpPipeline localFirstParty;
    private final AzureEnvironment environment;
    private final Map<String, Object> clients = new ConcurrentHashMap<>();

    public AzureClients(AzureSettings settings, HttpClient httpClient, TokenCredential firstParty,
            TokenCredential rp, TenantResolver tenants) {
        this.settings = settings;
        this.httpClient = httpClient;
        this.tenants = tenants;
        this.firstPartyCredential = firstParty;
        this.rpCredential = rp;
        this.firstParty = pipeline(firstParty, settings.armScope(), tenants);
        this.rp = pipeline(rp, settings.armScope(), tenants);
        this.localFirstParty = pipeline(firstParty, settings.armScope(),
                s -> tenants.tenantOf(settings.rpSubscriptionId()));
        this.environment = new AzureEnvironment(Map.of(
                "resourceManagerEndpointUrl", settings.resourceManager().toString(),
                "activeDirectoryEndpointUrl", settings.authorityHost().toString(),
                "activeDirectoryResourceId", settings.resourceManager().toString(),
                "managementEndpointUrl", settings.resourceManager().toString(),
                // Graph is never called (no AAD application management), but the compute manager insists on a value
                "activeDirectoryGraphResourceId", settings.resourceManager().toString(),
                "microsoftGraphResourceId", settings.resourceManager().toString()));
    }

    /** The HTTP client of every pipeline (the configured CA bundle and timeouts), for pre-signed URLs. */
    public HttpClient httpClient() {
        return httpClient;
    }

    public AzureSettings settings() {
        return settings;
    }

    public ResourceManagementClient resources(String subscriptionId) {
        return client("resources", subscriptionId, s -> ResourceManager.authenticate(firstParty, profile(s))
                .withSubscription(s).serviceClient());
    }

    public DeploymentsManagementClient deployments(String subscriptionId) {
        return client("deployments", subscriptionId, s -> ResourceManager.authenticate(firstParty, profile(s))
                .withSubscription(s).deploymentClient());
    }

    public FeatureClient features(String subscriptionId) {
        return client("features", subscriptionId, s -> ResourceManager.authenticate(firstParty, profile(s))
                .withSubscription(s).featureClient());
    }

    public NetworkManagementClient network(String subscriptionId) {
        return client("network", subscriptionId,
                s -> NetworkManager.authenticate(firstParty, profile(s)).serviceClient());
    }

    public ComputeManagementClient compute(String subscriptionId) {
        return client("compute", subscriptionId,
                s -> ComputeManager.authenticate(firstParty, profile(s)).serviceClient());
    }

    /** Storage accounts of customer subscriptions (their firewall); blobs go through {@link #firstPartyDataPlane}. */
    public StorageManagementClient storage(String subscriptionId) {
        return client("storage", subscriptionId,
                s -> StorageManager.authenticate(firstParty, profile(s)).serviceClient());
    }

    public AuthorizationManagementClient authorization(String subscriptionId) {
        return client("authorization", subscriptionId,
                s -> AuthorizationManager.authenticate(firstParty, profile(s)).roleServiceClient());
    }

    public ManagedServiceIdentityClient msi(String subscriptionId) {
        return client("msi", subscriptionId, s -> MsiManager.authenticate(firstParty, profile(s)).serviceClient());
    }

    /**
     * A managed identity client acting as {@code caller} (a cluster identity), not cached: each caller's credential
     * is its own, and the steps that use one are few.
     */
    public ManagedServiceIdentityClient msi(String subscriptionId, TokenCredential caller) {
        return MsiManager.authenticate(pipeline(caller, settings.armScope(), tenants), profile(subscriptionId))
                .serviceClient();
    }

    /** DNS lives in the RP's subscription, under the RP's identity. */
    public DnsManagementClient rpDns() {
        return client("dns", settings.rpSubscriptionId(),
                s -> DnsZoneManager.authenticate(rp, profile(s)).serviceClient());
    }

    /** The gateway's private link service lives in the RP's subscription, under the RP's identity. */
    public NetworkManagementClient rpNetwork() {
        return client("rp-network", settings.rpSubscriptionId(),
                s -> NetworkManager.authenticate(rp, profile(s)).serviceClient());
    }

    /**
     * The RP's registry, as the first-party identity of the RP's own tenant (the original's local first-party
     * authorizer): the registry may sit in a global subscription no customer registered, so the tenant is not looked
     * up by subscription.
     */
    public ContainerRegistryManagementClient registry(String subscriptionId) {
        return client("registry", subscriptionId,
                s -> ContainerRegistryManager.authenticate(localFirstParty, profile(s)).serviceClient());
    }

    /** A data-plane pipeline of the first-party identity (customer storage accounts), tokens of {@code scope}. */
    public HttpPipeline firstPartyDataPlane(String scope) {
        return pipeline(firstPartyCredential, scope, tenants);
    }

    /** A data-plane pipeline of the RP identity (the RP's key vault), tokens of {@code scope}. */
    public HttpPipeline rpDataPlane(String scope) {
        return pipeline(rpCredential, scope, tenants);
    }

    private HttpPipeline pipeline(TokenCredential credential, String scope, TenantResolver tenants) {
        return pipeline(httpClient, credential, scope, tenants, settings.maxRetries());
    }

    /**
     * An authenticated pipeline that retries what Azure asks to be retried. Also used alone by the one client built before
     * any other ({@link VaultSecretKeys}: the store's encryption keys, which the tenant resolver itself needs).
     */
    static HttpPipeline pipeline(HttpClient httpClient, TokenCredential credential, String scope,
            TenantResolver tenants, int maxRetries) {
        return new HttpPipelineBuilder().httpClient(httpClient).policies(new RequestIdPolicy(),
                new RetryPolicy(new RetryOptions(new ExponentialBackoffOptions().setMaxRetries(maxRetries)
                        .setBaseDelay(Duration.ofMillis(500)).setMaxDelay(Duration.ofSeconds(60)))
                        .setShouldRetryCondition(AzureClients::retriable)),
                new TenantTokenPolicy(credential, scope, tenants)).build();
    }

    /**
     * Throttling (429), timeouts and server errors are retried after their Retry-After, and so are connections that
     * failed; the RP's own refusals (an unregistered subscription has no tenant to ask a token from) are final.
     */
    private static boolean retriable(RequestRetryCondition condition) {
        if (condition.getResponse() != null) {
            int status = condition.getResponse().getStatusCode();
            return status == 408 || status == 429 || (status >= 500 && status != 501 && status != 505);
        }
        Throwable t = condition.getThrowable();
        return t instanceof java.io.IOException || t instanceof java.util.concurrent.TimeoutException
                || (t != null && t.getCause() instanceof java.io.IOException);
    }

    private AzureProfile profile(String subscriptionId) {
        return new AzureProfile(null, subscriptionId, environment);
    }

    @SuppressWarnings("unchecked")
    private <T> T client(String kind, String subscriptionId, Function<String, T> build) {
        return (T) clients.computeIfAbsent(kind + "/" + subscriptionId.toLowerCase(java.util.Locale.ROOT),
                k -> build.apply(subscriptionId));
    }
}
