package io.arorp.env;

import com.azure.core.http.HttpClient;
import io.arorp.api.Secret;
import io.arorp.database.Subscriptions;
import io.arorp.env.azure.AzureClients;
import io.arorp.env.azure.AzureCloud;
import io.arorp.env.azure.AzureClusterMsiCredentials;
import io.arorp.env.azure.AzureOidcIssuers;
import io.arorp.env.azure.AzureHttp;
import io.arorp.env.azure.AzureSettings;
import io.arorp.env.azure.Identity;
import io.arorp.env.azure.RpResources;
import io.arorp.env.azure.SubscriptionTenants;
import io.arorp.env.azure.VaultSecrets;
import io.arorp.env.hive.HiveAdoption;
import io.arorp.env.hive.HiveInstaller;
import io.arorp.env.hive.HiveSettings;
import io.kubernetes.client.openapi.ApiClient;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;

/**
 * Builds prod's Azure connection and Hive installer from configuration ({@code aro.azure.*}, {@code aro.hive.*};
 * README "Running in production" lists every key). Only {@link CloudProducer} asks for them, and only in prod, so
 * dev and test never need Azure settings.
 */
@ApplicationScoped
public class AzureProducer {
    private Config config;

    @Inject
    public AzureProducer(Config config) {
        this.config = config;
    }

    /** CDI needs a no-arg constructor to proxy this normal-scoped bean. */
    protected AzureProducer() {
    }

    @Produces
    @Singleton
    public AzureCloud azureCloud(Subscriptions subscriptions, Clock clock) {
        AzureSettings settings = new AzureSettings(
                URI.create(value("aro.azure.resource-manager-endpoint", "https://management.azure.com/")),
                URI.create(value("aro.azure.authority-host", "https://login.microsoftonline.com/")),
                required("aro.azure.rp.subscription-id"), required("aro.azure.rp.resource-group"),
                URI.create(required("aro.azure.key-vault.uri")),
                value("aro.azure.key-vault.scope", "https://vault.azure.net/.default"),
                value("aro.azure.key-vault.certificate-issuer", "OneCertV2-PublicCA"),
                value("aro.azure.blob-endpoint", "https://%s.blob.core.windows.net/"),
                duration("aro.azure.rbac-retry", "PT1M"), duration("aro.azure.retry-interval", "PT5S"),
                Integer.parseInt(value("aro.azure.max-retries", "5")));
        HttpClient http = httpClient();
        String authority = settings.authorityHost().toString();
        var firstParty = identity("aro.azure.fp.", "client-certificate").credential(authority, http);
        var rp = identity("aro.azure.rp.", "managed-identity").credential(authority, http);
        var tenants = new SubscriptionTenants(subscriptions, settings.rpSubscriptionId(),
                required("aro.azure.rp.tenant-id"));
        return new AzureCloud(new AzureClients(settings, http, firstParty, rp, tenants), tenants, clock);
    }

    /** The RP's resources the backend attaches clusters to; asked for only by the backend's seams. */
    @Produces
    @Singleton
    public RpResources rpResources() {
        return new RpResources(value("aro.azure.rp.private-endpoint-subnet-id", RpResources
                .defaultPrivateEndpointSubnet(required("aro.azure.rp.subscription-id"),
                        required("aro.azure.rp.resource-group"))),
                required("aro.azure.gateway.resource-group"), required("aro.azure.acr.resource-id"),
                value("aro.azure.acr.dns-suffix", "azurecr.io"));
    }

    /**
     * The RP's service vault (encryption keys, serving certificate), read as the RP's identity. Needs nothing of the
     * store (the sealer comes before it); asked for only when {@code aro.azure.service-vault.uri} is set.
     */
    @Produces
    @Singleton
    @Typed(VaultSecrets.class)
    public VaultSecrets serviceVault() {
        HttpClient http = httpClient();
        String authority = URI.create(value("aro.azure.authority-host", "https://login.microsoftonline.com/"))
                .toString();
        return VaultSecrets.create(URI.create(required("aro.azure.service-vault.uri")),
                value("aro.azure.key-vault.scope", "https://vault.azure.net/.default"),
                identity("aro.azure.rp.", "managed-identity").credential(authority, http), http,
                Integer.parseInt(value("aro.azure.max-retries", "5")));
    }

    /** The RP's OIDC issuer storage; typed as itself only, {@link CloudProducer} hands it out as the seam. */
    @Produces
    @Singleton
    @Typed(AzureOidcIssuers.class)
    public AzureOidcIssuers oidcIssuers(AzureCloud azure) {
        return azure.oidcIssuers(required("aro.azure.oidc.storage-account"),
                URI.create(required("aro.azure.oidc.endpoint")));
    }

    /** The cluster identities' credentials in the RP's MSI vault; typed as itself only, like the OIDC storage. */
    @Produces
    @Singleton
    @Typed(AzureClusterMsiCredentials.class)
    public AzureClusterMsiCredentials clusterMsiCredentials(AzureCloud azure) {
        return azure.clusterMsiCredentials(URI.create(required("aro.azure.msi-vault.uri")));
    }

    /** Typed as itself only: {@link CloudProducer} decides which {@code Installer} the backend gets. */
    @Produces
    @Singleton
    @Typed(HiveInstaller.class)
    public HiveInstaller hiveInstaller(ClusterClients clusters, Clock clock) {
        return new HiveInstaller(hiveClient(clusters), hiveSettings(), clock);
    }

    /** Typed as itself only: {@link CloudProducer} hands it out when {@code aro.hive.adopt} is on. */
    @Produces
    @Singleton
    @Typed(HiveAdoption.class)
    public HiveAdoption hiveAdoption(ClusterClients clusters) {
        return new HiveAdoption(hiveClient(clusters), hiveSettings());
    }

    private ApiClient hiveClient(ClusterClients clusters) {
        Path kubeconfig = Path.of(required("aro.hive.kubeconfig"));
        try {
            return clusters.client(Secret.ofBytes(Files.readAllBytes(kubeconfig)));
        } catch (IOException e) {
            throw new UncheckedIOException("aro.hive.kubeconfig " + kubeconfig + " is unreadable", e);
        }
    }

    private HiveSettings hiveSettings() {
        return new HiveSettings(duration("aro.hive.install-timeout", "PT60M"),
                duration("aro.hive.delete-timeout", "PT30M"), duration("aro.hive.poll-interval", "PT10S"),
                value("aro.hive.base-domain-resource-group", required("aro.azure.rp.resource-group")),
                required("aro.hive.installer-image"));
    }

    private HttpClient httpClient() {
        return AzureHttp.client(optional("aro.azure.ca-bundle").map(Path::of),
                duration("aro.azure.http-timeout", "PT60S"));
    }

    private Identity identity(String prefix, String defaultKind) {
        return new Identity(value(prefix + "credential", defaultKind), optional(prefix + "tenant-id"),
                optional(prefix + "client-id"), optional(prefix + "certificate-path"),
                optional(prefix + "client-secret"));
    }

    private Optional<String> optional(String key) {
        return config.getOptionalValue(key, String.class).filter(v -> !v.isBlank());
    }

    private String value(String key, String defaultValue) {
        return optional(key).orElse(defaultValue);
    }

    private String required(String key) {
        return optional(key).orElseThrow(() -> new IllegalStateException(key + " (env "
                + key.toUpperCase(java.util.Locale.ROOT).replaceAll("[^A-Z0-9]", "_") + ") is required in prod"));
    }

    private Duration duration(String key, String defaultValue) {
        return Duration.parse(value(key, defaultValue));
    }
}
