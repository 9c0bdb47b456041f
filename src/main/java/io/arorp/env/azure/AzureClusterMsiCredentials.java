package io.arorp.env.azure;

import com.azure.core.credential.TokenCredential;
import com.azure.core.http.HttpMethod;
import com.azure.identity.ClientCertificateCredentialBuilder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.arorp.api.CloudException;
import io.arorp.env.cloud.ClusterMsiCredentials;
import io.arorp.env.cloud.FederatedCredentials;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The cluster identity's credential from the managed identity RP's data plane, kept in the RP's MSI key vault
 * ({@code aro.azure.msi-vault.uri}, the original's {@code -msi} vault). The data plane is asked as the first-party
 * identity, in the identity's tenant: {@code POST <x-ms-identity-url>&api-version=...} with
 * {@code {"identityIds":[<resource id>]}} answers {@code explicit_identities[]} with {@code client_id},
 * {@code client_secret} (a base64 PKCS#12), {@code tenant_id}, {@code object_id}, {@code not_after} and
 * {@code renew_after}; that object is stored as the secret's value (JSON), expiring with the certificate.
 */
public final class AzureClusterMsiCredentials implements ClusterMsiCredentials {
    static final String MSI_API_VERSION = "2024-01-01";
    private static final Map<String, String> JSON = Map.of("Content-Type", "application/json");
    private final AzureClients clients;
    private final AzureCalls calls;
    private final DataPlane msi;
    private final DataPlane vault;
    private final TenantResolver tenants;
    private final String vaultUri;

    public AzureClusterMsiCredentials(AzureClients clients, AzureCalls calls, TenantResolver tenants, URI msiVault) {
        this.clients = clients;
        this.calls = calls;
        this.msi = new DataPlane(clients.firstPartyDataPlane(clients.settings().armScope()));
        this.vault = new DataPlane(clients.rpDataPlane(clients.settings().keyVaultScope()));
        this.tenants = tenants;
        String v = Objects.requireNonNull(msiVault, "aro.azure.msi-vault.uri").toString();
        this.vaultUri = v.endsWith("/") ? v : v + "/";
    }

    @Override
    public Optional<Credential> stored(String secretName) {
        return storedIdentity(secretName).map(AzureClusterMsiCredentials::credential);
    }

    /**
     * The client certificate credential of the stored identity: its {@code client_secret} is a PKCS#12 without a
     * password, signed in with at the configured authority in the identity's tenant.
     */
    @Override
    public FederatedCredentials actingAs(String secretName) {
        JsonNode identity = storedIdentity(secretName).orElseThrow(() -> new CloudException(404, "SecretNotFound",
                null, "No credential of the cluster identity is stored as '" + secretName + "'."));
        TokenCredential caller = new ClientCertificateCredentialBuilder()
                .authorityHost(clients.settings().authorityHost().toString())
                .tenantId(identity.path("tenant_id").asText()).clientId(identity.path("client_id").asText())
                .pfxCertificate(new ByteArrayInputStream(Base64.getDecoder().decode(identity.path("client_secret")
                        .asText()))).clientCertificatePassword("").sendCertificateChain(true)
                .disableInstanceDiscovery().httpClient(clients.httpClient()).build();
        return new AzureFederatedCredentials(s -> clients.msi(s, caller), calls);
    }

    private Optional<JsonNode> storedIdentity(String secretName) {
        return vault.send(HttpMethod.GET, secret(secretName), Map.of(), null, null)
                .map(a -> vault.json(vault.json(a.body()).path("value").asText("{}").getBytes(StandardCharsets.UTF_8)));
    }

    @Override
    public Credential refresh(String secretName, String identityUrl, String identityId) {
        if (identityUrl == null || identityUrl.isBlank()) {
            throw new CloudException(500, "InternalServerError", null, "the cluster has no identity URL");
        }
        String url = identityUrl + (identityUrl.contains("?") ? "&" : "?") + "api-version=" + MSI_API_VERSION;
        JsonNode answer = msi.send(HttpMethod.POST, url, JSON, msi.bytes(Map.of("identityIds", List.of(identityId))),
                tenants.tenantOf(ArmId.parse(identityId).subscriptionId())).map(a -> msi.json(a.body()))
                .orElseThrow(() -> new CloudException(404, "ResourceNotFound", null, "The managed identity RP "
                        + "does not know the cluster identity '" + identityId + "'."));
        JsonNode identity = null;
        for (JsonNode candidate : answer.path("explicit_identities")) {
            if (identity == null || identityId.equalsIgnoreCase(candidate.path("resource_id").asText())) {
                identity = candidate;
            }
        }
        if (identity == null || !identity.hasNonNull("client_secret")) {
            throw new CloudException(502, "InternalServerError", null, "The managed identity RP returned no "
                    + "credential for '" + identityId + "'.");
        }
        if (!identity.hasNonNull("resource_id")) {
            ((ObjectNode) identity).put("resource_id", identityId);
        }
        Credential credential = credential(identity);
        ObjectNode body = (ObjectNode) vault.json(vault.bytes(Map.of("value", identity.toString(),
                "contentType", "application/json")));
        body.putObject("attributes").put("exp", credential.notAfter().getEpochSecond());
        vault.send(HttpMethod.PUT, secret(secretName), JSON, vault.bytes(body), null);
        return credential;
    }

    @Override
    public void delete(String secretName) {
        vault.send(HttpMethod.DELETE, secret(secretName), Map.of(), null, null);
    }

    private String secret(String name) {
        return vaultUri + "secrets/" + name + "?" + AzureKeyVault.API_VERSION;
    }

    private static Credential credential(JsonNode identity) {
        return new Credential(identity.path("resource_id").asText(null), identity.path("client_id").asText(null), identity.path("object_id").asText(null),
                identity.path("tenant_id").asText(null), Instant.parse(identity.path("not_after").asText()),
                Instant.parse(identity.path("renew_after").asText()));
    }
}
