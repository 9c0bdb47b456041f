package io.arorp.env.azure;

import com.azure.core.http.HttpMethod;
import com.fasterxml.jackson.databind.JsonNode;
import io.arorp.api.CloudException;
import io.arorp.env.cloud.KeyVault;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The cluster certificates in the RP's cluster key vault, over the Key Vault REST API as the RP's identity. Key Vault
 * issues a certificate asynchronously (a pending operation polled to its end); the issuer is configuration (the
 * public CA in prod, {@code Self} where there is none).
 */
public final class AzureKeyVault implements KeyVault {
    static final String API_VERSION = "api-version=7.4";
    private static final Map<String, String> JSON = Map.of("Content-Type", "application/json");
    private final AzureSettings settings;
    private final DataPlane vault;
    private final Clock clock;

    public AzureKeyVault(AzureClients clients, Clock clock) {
        this.settings = clients.settings();
        this.vault = new DataPlane(clients.rpDataPlane(settings.keyVaultScope()));
        this.clock = clock;
    }

    @Override
    public Certificate ensureCertificate(String name, List<String> dnsNames, boolean renew) {
        Optional<Certificate> existing = certificate(name);
        if (existing.isPresent() && !renew && existing.get().dnsNames().equals(dnsNames)) {
            return existing.get();
        }
        Map<String, Object> policy = Map.of(
                "key_props", Map.of("exportable", true, "kty", "RSA", "key_size", 2048, "reuse_key", false),
                "secret_props", Map.of("contentType", "application/x-pem-file"),
                "x509_props", Map.of("subject", "CN=" + dnsNames.get(0), "sans", Map.of("dns_names", dnsNames),
                        "validity_months", 12),
                "issuer", Map.of("name", settings.certificateIssuer()));
        vault.send(HttpMethod.POST, url(name) + "/create?" + API_VERSION, JSON,
                vault.bytes(Map.of("policy", policy)), null);
        awaitIssued(name);
        return certificate(name).orElseThrow(() -> new CloudException(500, "InternalServerError", null,
                "certificate " + name + " vanished after it was issued"));
    }

    @Override
    public Optional<Certificate> certificate(String name) {
        return vault.send(HttpMethod.GET, url(name) + "?" + API_VERSION, Map.of(), null, null)
                .map(a -> toCertificate(name, vault.json(a.body())));
    }

    @Override
    public boolean correctIssuer(String name) {
        Optional<JsonNode> policy = vault.send(HttpMethod.GET, url(name) + "/policy?" + API_VERSION, Map.of(), null,
                null).map(a -> vault.json(a.body()));
        if (policy.isEmpty()
                || policy.get().path("issuer").path("name").asText().equalsIgnoreCase(settings.certificateIssuer())) {
            return false;
        }
        vault.send(HttpMethod.PATCH, url(name) + "/policy?" + API_VERSION, JSON,
                vault.bytes(Map.of("issuer", Map.of("name", settings.certificateIssuer()))), null);
        return true;
    }

    @Override
    public Optional<io.arorp.api.Secret> certificateBundle(String name) {
        return vault.send(HttpMethod.GET, settings.keyVaultUri() + "secrets/" + name + "?" + API_VERSION, Map.of(),
                null, null).map(a -> io.arorp.api.Secret.of(vault.json(a.body()).path("value").asText()));
    }

    @Override
    public void deleteCertificate(String name) {
        vault.send(HttpMethod.DELETE, url(name) + "?" + API_VERSION, Map.of(), null, null);
    }

    private void awaitIssued(String name) {
        Instant deadline = clock.instant().plus(settings.rbacRetry());
        while (true) {
            JsonNode pending = vault.send(HttpMethod.GET, url(name) + "/pending?" + API_VERSION, Map.of(), null, null)
                    .map(a -> vault.json(a.body())).orElse(null);
            String status = pending == null ? "completed" : pending.path("status").asText();
            if ("completed".equalsIgnoreCase(status)) {
                return;
            }
            if (!"inProgress".equalsIgnoreCase(status)) {
                throw new CloudException(500, pending.path("error").path("code").asText("CertificateIssuanceFailed"),
                        null, "Key Vault did not issue certificate " + name + ": " + status + " "
                        + pending.path("error").path("message").asText(pending.path("status_details").asText("")));
            }
            if (!clock.instant().isBefore(deadline)) {
                throw new CloudException(504, "CertificateIssuanceTimedOut", null, "Key Vault did not issue "
                        + "certificate " + name + " within " + settings.rbacRetry());
            }
            try {
                Thread.sleep(settings.retryInterval().toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CloudException(503, "ServiceUnavailable", null, "the call was interrupted");
            }
        }
    }

    private Certificate toCertificate(String name, JsonNode body) {
        List<String> names = new ArrayList<>();
        body.path("policy").path("x509_props").path("sans").path("dns_names").forEach(n -> names.add(n.asText()));
        int versions = vault.send(HttpMethod.GET, url(name) + "/versions?" + API_VERSION, Map.of(), null, null)
                .map(a -> vault.json(a.body()).path("value").size()).orElse(1);
        return new Certificate(name, names, Instant.ofEpochSecond(body.path("attributes").path("exp").asLong()),
                Math.max(versions, 1));
    }

    private String url(String name) {
        return settings.keyVaultUri() + "certificates/" + name;
    }
}
