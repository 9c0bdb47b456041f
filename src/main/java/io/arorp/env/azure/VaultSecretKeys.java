package io.arorp.env.azure;

import com.azure.core.credential.TokenCredential;
import com.azure.core.http.HttpClient;
import com.azure.core.http.HttpMethod;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The keys that seal secret fields at rest, read from every version of one Key Vault secret in the RP's service vault
 * ({@code https://<prefix>-svc.vault.azure.net/}), as the original reads {@code encryption-key-v2}. Rotation is adding
 * a version: the newest usable version seals new values, older ones still open what they sealed. A version that is
 * disabled, expired or not yet valid is left out (Key Vault refuses to hand out a disabled one anyway).
 *
 * <p>Built on its own pipeline, not {@link AzureClients}: the store needs these keys before anything that reads
 * subscriptions (the tenant resolver) exists, and the service vault is in the RP's own tenant.
 */
public final class VaultSecretKeys {
    private final DataPlane vault;
    private final URI vaultUri;
    private final String secretName;
    private final Clock clock;

    VaultSecretKeys(DataPlane vault, URI vaultUri, String secretName, Clock clock) {
        this.vault = vault;
        this.vaultUri = vaultUri.toString().endsWith("/") ? vaultUri : URI.create(vaultUri + "/");
        this.secretName = secretName;
        this.clock = clock;
    }

    /** Reads {@code secretName} of {@code vaultUri} as {@code credential} (tokens of {@code scope}). */
    public static VaultSecretKeys create(URI vaultUri, String secretName, String scope, TokenCredential credential,
            HttpClient http, int maxRetries, Clock clock) {
        TenantResolver homeTenant = subscription -> null; // vault URLs name no subscription: the identity's own tenant
        return new VaultSecretKeys(new DataPlane(AzureClients.pipeline(http, credential, scope, homeTenant,
                maxRetries)), vaultUri, secretName, clock);
    }

    /** Version id to 32-byte key, newest first; fails when the secret has no usable version. */
    public Map<String, byte[]> keys() {
        List<Version> versions = new ArrayList<>();
        String next = vaultUri + "secrets/" + secretName + "/versions?" + AzureKeyVault.API_VERSION;
        while (next != null) {
            JsonNode page = vault.json(vault.send(HttpMethod.GET, next, Map.of(), null, null)
                    .orElseThrow(this::missing).body());
            for (JsonNode item : page.path("value")) {
                Version version = Version.of(item);
                if (version.usableAt(clock.instant())) {
                    versions.add(version);
                }
            }
            next = page.path("nextLink").isTextual() ? page.path("nextLink").asText() : null;
        }
        if (versions.isEmpty()) {
            throw new IllegalStateException("Key Vault secret " + secretName + " in " + vaultUri
                    + " has no enabled, unexpired version to seal secrets with");
        }
        versions.sort(Comparator.comparing(Version::created).reversed());
        Map<String, byte[]> keys = new LinkedHashMap<>();
        for (Version version : versions) {
            keys.put(version.id(), value(version.id()));
        }
        return keys;
    }

    private byte[] value(String version) {
        JsonNode secret = vault.json(vault.send(HttpMethod.GET, vaultUri + "secrets/" + secretName + "/" + version
                + "?" + AzureKeyVault.API_VERSION, Map.of(), null, null).orElseThrow(this::missing).body());
        byte[] key;
        try {
            key = Base64.getDecoder().decode(secret.path("value").asText());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("version " + version + " of Key Vault secret " + secretName
                    + " is not base64", e);
        }
        if (key.length != 32) {
            throw new IllegalStateException("version " + version + " of Key Vault secret " + secretName
                    + " must be base64 of 32 random bytes (an AES-256 key), not of " + key.length);
        }
        return key;
    }

    private IllegalStateException missing() {
        return new IllegalStateException("Key Vault secret " + secretName + " does not exist in " + vaultUri);
    }

    /** One version as the versions list describes it (times in epoch seconds; {@code exp}, {@code nbf} optional). */
    private record Version(String id, boolean enabled, Instant created, Instant notBefore, Instant expires) {
        static Version of(JsonNode item) {
            String id = item.path("id").asText();
            JsonNode attributes = item.path("attributes");
            return new Version(id.substring(id.lastIndexOf('/') + 1), attributes.path("enabled").asBoolean(true),
                    Instant.ofEpochSecond(attributes.path("created").asLong(0)),
                    Instant.ofEpochSecond(attributes.path("nbf").asLong(0)),
                    attributes.has("exp") ? Instant.ofEpochSecond(attributes.path("exp").asLong()) : Instant.MAX);
        }

        boolean usableAt(Instant now) {
            return enabled && !now.isBefore(notBefore) && now.isBefore(expires);
        }
    }
}
