package io.arorp.env.azure;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * Where Azure is and the RP's own places in it. Endpoints are configuration, not constants, so a sovereign cloud or a
 * local HTTPS stub of ARM and AAD (the adapters' tests) is only a different value.
 *
 * @param resourceManager    ARM endpoint, e.g. {@code https://management.azure.com/}
 * @param authorityHost      AAD authority host, e.g. {@code https://login.microsoftonline.com/}
 * @param rpSubscriptionId   the RP's own subscription (DNS zone, key vault)
 * @param rpResourceGroup    the RP's resource group in it (holds the DNS zone)
 * @param keyVaultUri        the cluster certificates' vault ({@code https://<prefix>-cls.vault.azure.net/})
 * @param keyVaultScope      AAD scope of Key Vault tokens
 * @param certificateIssuer  the Key Vault issuer the cluster certificates are signed by ({@code Self} in tests)
 * @param blobEndpoint       blob endpoint of a storage account, {@code %s} = account name
 *                           ({@code https://%s.blob.core.windows.net/})
 * @param rbacRetry          how long a call refused with {@code AuthorizationFailed} is retried (role assignments
 *                           take minutes to propagate)
 * @param retryInterval      pause between those retries, and between polls of Key Vault's pending operations
 * @param maxRetries         retries of throttled (429) and failed (5xx) calls, each after its Retry-After
 */
public record AzureSettings(URI resourceManager, URI authorityHost, String rpSubscriptionId, String rpResourceGroup,
        URI keyVaultUri, String keyVaultScope, String certificateIssuer, String blobEndpoint, Duration rbacRetry,
        Duration retryInterval, int maxRetries) {
    public AzureSettings {
        Objects.requireNonNull(resourceManager, "aro.azure.resource-manager-endpoint");
        Objects.requireNonNull(authorityHost, "aro.azure.authority-host");
        Objects.requireNonNull(rpSubscriptionId, "aro.azure.rp.subscription-id");
        Objects.requireNonNull(rpResourceGroup, "aro.azure.rp.resource-group");
        Objects.requireNonNull(keyVaultUri, "aro.azure.key-vault.uri");
        resourceManager = withSlash(resourceManager);
        authorityHost = withSlash(authorityHost);
        keyVaultUri = withSlash(keyVaultUri);
    }

    /** The AAD scope of ARM tokens: the ARM endpoint's {@code .default}. */
    public String armScope() {
        return resourceManager + ".default";
    }

    /** The blob service of a storage account. */
    public URI blobService(String accountName) {
        return withSlash(URI.create(String.format(blobEndpoint, accountName)));
    }

    private static URI withSlash(URI uri) {
        return uri.toString().endsWith("/") ? uri : URI.create(uri + "/");
    }
}
