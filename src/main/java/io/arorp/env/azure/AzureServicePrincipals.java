package io.arorp.env.azure;

import com.azure.core.credential.AccessToken;
import com.azure.core.credential.TokenRequestContext;
import com.azure.core.exception.ClientAuthenticationException;
import com.azure.core.http.HttpClient;
import com.azure.identity.ClientSecretCredentialBuilder;
import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.aad.msal4j.MsalServiceException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.arorp.api.CloudException;
import io.arorp.env.cloud.ServicePrincipals;
import io.arorp.util.json.Jackson;
import java.io.IOException;
import java.util.Base64;

/**
 * Resolves a cluster service principal's object id as the original's clusterSPObjectID step does: sign in as the
 * service principal (client id and secret, in the customer's tenant, at the configured authority) and read the
 * {@code oid} claim of the ARM token AAD issues. No Graph permission is needed, and a wrong secret shows at once.
 */
public final class AzureServicePrincipals implements ServicePrincipals {
    private final ObjectMapper mapper = Jackson.newMapper();
    private final AzureSettings settings;
    private final HttpClient httpClient;

    public AzureServicePrincipals(AzureSettings settings, HttpClient httpClient) {
        this.settings = settings;
        this.httpClient = httpClient;
    }

    @Override
    public String objectId(String tenantId, String clientId, String clientSecret) {
        if (tenantId == null || tenantId.isEmpty()) {
            throw new CloudException(500, "InternalServerError", null,
                    "the subscription has no tenant to sign the cluster service principal in");
        }
        AccessToken token;
        try {
            token = new ClientSecretCredentialBuilder().authorityHost(settings.authorityHost().toString())
                    .tenantId(tenantId).clientId(clientId).clientSecret(clientSecret).disableInstanceDiscovery()
                    .httpClient(httpClient).build()
                    .getTokenSync(new TokenRequestContext().addScopes(settings.armScope()).setTenantId(tenantId));
        } catch (ClientAuthenticationException | IllegalArgumentException e) {
            throw ServicePrincipals.invalidCredentials();
        } catch (RuntimeException e) {
            throw refused(e) ? ServicePrincipals.invalidCredentials() : new CloudException(503, "ServiceUnavailable",
                    null, "AAD did not issue a token to the cluster service principal: " + e.getMessage());
        }
        return oid(token.getToken());
    }

    /** The synchronous sign-in wraps AAD's answer; a 4xx answer (bad secret, unknown client or tenant) is a refusal. */
    private static boolean refused(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof MsalServiceException m) {
                return m.statusCode() != null && m.statusCode() >= 400 && m.statusCode() < 500;
            }
        }
        return false;
    }

    private String oid(String jwt) {
        String[] parts = jwt.split("\\.");
        JsonNode claims;
        try {
            claims = parts.length < 2 ? null : mapper.readTree(Base64.getUrlDecoder().decode(parts[1]));
        } catch (IOException | IllegalArgumentException e) {
            claims = null;
        }
        if (claims == null || !claims.hasNonNull("oid")) {
            throw new CloudException(500, "InternalServerError", null,
                    "the service principal's token carries no object id (oid claim)");
        }
        return claims.get("oid").asText();
    }
}
