package io.arorp.env.azure;

import com.azure.core.credential.TokenCredential;
import com.azure.core.http.HttpClient;
import com.azure.core.http.HttpMethod;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Secrets of the RP's service vault ({@code https://<prefix>-svc.vault.azure.net/}) over the Key Vault REST API, as
 * the RP's own identity: the keys sealing secrets at rest and the serving certificate live there.
 *
 * <p>Built on its own pipeline, not {@link AzureClients}: the store needs the keys before anything that reads
 * subscriptions (the tenant resolver) exists, and the service vault is in the RP's own tenant.
 */
public final class VaultSecrets {
    private final DataPlane vault;
    private final URI vaultUri;

    /** One version as the versions list describes it (times in epoch seconds; {@code exp}, {@code nbf} optional). */
    record Version(String id, boolean enabled, Instant created, Instant notBefore, Instant expires) {
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

    /** A secret's value and how it is encoded ({@code application/x-pkcs12}, {@code application/x-pem-file}). */
    record Value(String value, String contentType) {
    }

    VaultSecrets(DataPlane vault, URI vaultUri) {
        this.vault = vault;
        this.vaultUri = vaultUri.toString().endsWith("/") ? vaultUri : URI.create(vaultUri + "/");
    }

    /** The vault at {@code vaultUri}, read as {@code credential} (tokens of {@code scope}) in its own tenant. */
    public static VaultSecrets create(URI vaultUri, String scope, TokenCredential credential, HttpClient http,
            int maxRetries) {
        TenantResolver homeTenant = subscription -> null; // vault URLs name no subscription: the identity's own tenant
        return new VaultSecrets(new DataPlane(AzureClients.pipeline(http, credential, scope, homeTenant, maxRetries)),
                vaultUri);
    }

    URI uri() {
        return vaultUri;
    }

    /** Every version of the secret, following the list's pages. */
    List<Version> versions(String name) {
        List<Version> versions = new ArrayList<>();
        String next = vaultUri + "secrets/" + name + "/versions?" + AzureKeyVault.API_VERSION;
        while (next != null) {
            JsonNode page = get(next, name);
            page.path("value").forEach(item -> versions.add(Version.of(item)));
            next = page.path("nextLink").isTextual() ? page.path("nextLink").asText() : null;
        }
        return versions;
    }

    /** The value of one version, or of the current one when {@code version} is null. */
    Value value(String name, String version) {
        JsonNode secret = get(vaultUri + "secrets/" + name + (version == null ? "" : "/" + version) + "?"
                + AzureKeyVault.API_VERSION, name);
        return new Value(secret.path("value").asText(), secret.path("contentType").asText(null));
    }

    private JsonNode get(String url, String name) {
        return vault.json(vault.send(HttpMethod.GET, url, Map.of(), null, null).orElseThrow(
                () -> new IllegalStateException("Key Vault secret " + name + " does not exist in " + vaultUri))
                .body());
    }
}
