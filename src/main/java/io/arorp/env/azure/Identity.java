package io.arorp.env.azure;

import com.azure.core.credential.TokenCredential;
import com.azure.core.http.HttpClient;
import com.azure.identity.ClientCertificateCredentialBuilder;
import com.azure.identity.ClientSecretCredentialBuilder;
import com.azure.identity.ManagedIdentityCredentialBuilder;
import com.azure.identity.WorkloadIdentityCredentialBuilder;
import java.util.Locale;
import java.util.Optional;

/**
 * One AAD identity of the RP, as configured: the first-party application (acts in customers' tenants, so it is a
 * multi-tenant client certificate or secret) or the RP's own managed / workload identity (its DNS zone and vaults).
 *
 * @param kind            {@code client-certificate}, {@code client-secret}, {@code managed-identity} or
 *                        {@code workload-identity}
 * @param tenantId        home tenant of the application (certificate, secret, workload identity)
 * @param clientId        application (client) id; for a managed identity the user-assigned one, empty = system
 * @param certificatePath PEM file with the certificate and its private key ({@code client-certificate})
 * @param clientSecret    the secret ({@code client-secret})
 */
public record Identity(String kind, Optional<String> tenantId, Optional<String> clientId,
        Optional<String> certificatePath, Optional<String> clientSecret) {

    /** The azure-identity credential, asking {@code authorityHost} for tokens over {@code httpClient}. */
    public TokenCredential credential(String authorityHost, HttpClient httpClient) {
        return switch (kind.toLowerCase(Locale.ROOT)) {
            case "client-certificate" -> new ClientCertificateCredentialBuilder().authorityHost(authorityHost)
                    .tenantId(required(tenantId, "tenant-id")).clientId(required(clientId, "client-id"))
                    .pemCertificate(required(certificatePath, "certificate-path")).sendCertificateChain(true)
                    .additionallyAllowedTenants("*").disableInstanceDiscovery().httpClient(httpClient).build();
            case "client-secret" -> new ClientSecretCredentialBuilder().authorityHost(authorityHost)
                    .tenantId(required(tenantId, "tenant-id")).clientId(required(clientId, "client-id"))
                    .clientSecret(required(clientSecret, "client-secret")).additionallyAllowedTenants("*")
                    .disableInstanceDiscovery().httpClient(httpClient).build();
            case "managed-identity" -> {
                ManagedIdentityCredentialBuilder builder = new ManagedIdentityCredentialBuilder().httpClient(httpClient);
                clientId.ifPresent(builder::clientId);
                yield builder.build();
            }
            case "workload-identity" -> new WorkloadIdentityCredentialBuilder().authorityHost(authorityHost)
                    .tenantId(required(tenantId, "tenant-id")).clientId(required(clientId, "client-id"))
                    .httpClient(httpClient).build();
            default -> throw new IllegalStateException("unknown Azure credential kind '" + kind + "' (client-certificate,"
                    + " client-secret, managed-identity, workload-identity)");
        };
    }

    private String required(Optional<String> value, String key) {
        return value.filter(v -> !v.isBlank()).orElseThrow(() -> new IllegalStateException(
                "an Azure " + kind + " identity needs " + key));
    }
}
