package io.arorp.env.azure;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.arorp.api.CloudException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class VaultSecretKeysTest extends AzureStubTest {
    static final String SECRET = "/svc/secrets/secret-encryption-key";
    static final Instant NOW = Instant.ofEpochSecond(1_800_000_000L);

    @Test
    void readsEveryUsableVersionNewestFirstAsTheRpIdentity() {
        versions("{\"value\":["
                + version("v1", "\"enabled\":true,\"created\":1700000000") + ","
                + version("v3", "\"enabled\":true,\"created\":1700000300") + ","
                + version("off", "\"enabled\":false,\"created\":1700000400") + ","
                + version("old", "\"enabled\":true,\"created\":1600000000,\"exp\":1700000000") + "],"
                + "\"nextLink\":\"" + azure.base() + "svc/secrets/secret-encryption-key/versions?api-version=7.4"
                + "&$skiptoken=p2\"}", null);
        versions("{\"value\":[" + version("v2", "\"enabled\":true,\"created\":1700000200") + ","
                + version("later", "\"enabled\":true,\"created\":1700000500,\"nbf\":1900000000") + "]}", "p2");
        for (String v : List.of("v1", "v2", "v3")) {
            value(v, key(v));
        }

        Map<String, byte[]> keys = keys().keys();

        assertEquals(List.of("v3", "v2", "v1"), List.copyOf(keys.keySet()));
        assertArrayEquals(Base64.getDecoder().decode(key("v3")), keys.get("v3"));
        azure.server.verify(getRequestedFor(urlPathEqualTo(SECRET + "/v3")).withQueryParam("api-version",
                equalTo("7.4")).withHeader("Authorization", equalTo(RP_TOKEN)));
        azure.server.verify(0, getRequestedFor(urlPathEqualTo(SECRET + "/off")));
        azure.server.verify(0, getRequestedFor(urlPathEqualTo(SECRET + "/old")));
        azure.server.verify(0, getRequestedFor(urlPathEqualTo(SECRET + "/later")));
    }

    @Test
    void refusesAMissingSecretNoUsableVersionAndKeysOfTheWrongSize() {
        azure.server.stubFor(get(urlPathEqualTo(SECRET + "/versions")).willReturn(error(404, "SecretNotFound",
                "A secret with (name/id) secret-encryption-key was not found in this key vault.")));
        assertTrue(assertThrows(IllegalStateException.class, () -> keys().keys()).getMessage()
                .contains("does not exist"));

        azure.reset();
        versions("{\"value\":[" + version("off", "\"enabled\":false,\"created\":1700000400") + "]}", null);
        assertTrue(assertThrows(IllegalStateException.class, () -> keys().keys()).getMessage()
                .contains("no enabled, unexpired version"));

        azure.reset();
        versions("{\"value\":[" + version("short", "\"enabled\":true,\"created\":1700000400") + "]}", null);
        value("short", Base64.getEncoder().encodeToString(new byte[16]));
        assertTrue(assertThrows(IllegalStateException.class, () -> keys().keys()).getMessage()
                .contains("must be base64 of 32 random bytes"));
    }

    @Test
    void reportsAVaultThatRefusesTheIdentity() {
        azure.server.stubFor(get(urlPathEqualTo(SECRET + "/versions")).willReturn(error(403, "Forbidden",
                "The user, group or application does not have secrets list permission")));

        CloudException e = assertThrows(CloudException.class, () -> keys().keys());

        assertEquals("Forbidden", e.code());
    }

    private static VaultSecretKeys keys() {
        var http = AzureHttp.client(Optional.of(azure.caBundle), Duration.ofSeconds(20));
        var rp = new Identity("client-secret", Optional.of(AzureStub.RP_TENANT), Optional.of("rp-client"),
                Optional.empty(), Optional.of("rp-secret")).credential(azure.base().toString(), http);
        return new VaultSecretKeys(VaultSecrets.create(URI.create(azure.base() + "svc"),
                "https://vault.azure.net/.default", rp, http, 1), "secret-encryption-key",
                Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private static void versions(String body, String skipToken) {
        var request = get(urlPathEqualTo(SECRET + "/versions")).withQueryParam("api-version", equalTo("7.4"));
        if (skipToken != null) {
            request = request.withQueryParam("$skiptoken", equalTo(skipToken));
        } else {
            request = request.withQueryParam("$skiptoken", com.github.tomakehurst.wiremock.client.WireMock.absent());
        }
        azure.server.stubFor(request.willReturn(json(200, body)));
    }

    private static void value(String version, String base64) {
        azure.server.stubFor(get(urlPathEqualTo(SECRET + "/" + version)).willReturn(json(200,
                "{\"value\":\"" + base64 + "\",\"id\":\"https://svc/secrets/secret-encryption-key/" + version
                        + "\",\"attributes\":{\"enabled\":true}}")));
    }

    private static String version(String id, String attributes) {
        return "{\"id\":\"https://svc.vault.azure.net/secrets/secret-encryption-key/" + id + "\",\"attributes\":{"
                + attributes + "}}";
    }

    private static String key(String seed) {
        byte[] key = new byte[32];
        byte[] text = seed.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        System.arraycopy(text, 0, key, 0, text.length);
        return Base64.getEncoder().encodeToString(key);
    }
}
