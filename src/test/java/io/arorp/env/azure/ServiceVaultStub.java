package io.arorp.env.azure;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import io.arorp.env.tls.ClusterPki;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;

/**
 * The RP's service vault on the Azure stub, as prod reads it at start: two versions of {@code secret-encryption-key}
 * (the sealing keys) and {@code rp-server}, a PEM of key and certificate (SAN 127.0.0.1) Liberty then serves.
 */
final class ServiceVaultStub {
    static final String PATH = "/svc";
    static final String KEYS = PATH + "/secrets/secret-encryption-key";
    static final String SERVING = PATH + "/secrets/rp-server";

    private ServiceVaultStub() {
    }

    /** The vault URI to configure ({@code aro.azure.service-vault.uri}). */
    static URI install(AzureStub azure) {
        String listed = version(azure, "k1", 1_700_000_000L) + "," + version(azure, "k2", 1_700_000_100L);
        azure.server.stubFor(get(urlPathEqualTo(KEYS + "/versions")).willReturn(json("{\"value\":[" + listed
                + "]}")));
        for (String v : new String[] {"k1", "k2"}) {
            byte[] key = new byte[32];
            new SecureRandom().nextBytes(key);
            azure.server.stubFor(get(urlPathEqualTo(KEYS + "/" + v)).willReturn(json("{\"value\":\""
                    + Base64.getEncoder().encodeToString(key) + "\",\"id\":\"" + azure.base() + KEYS.substring(1)
                    + "/" + v + "\",\"attributes\":{\"enabled\":true}}")));
        }
        ClusterPki pki = ClusterPki.create("rp-server-ca", Clock.systemUTC(), new SecureRandom());
        ClusterPki.Issued serving = pki.issueServer();
        String pem = serving.keyPem().reveal() + serving.certificatePem() + pki.caPem();
        azure.server.stubFor(get(urlPathEqualTo(SERVING)).willReturn(json("{\"value\":\""
                + pem.replace("\n", "\\n") + "\",\"contentType\":\"application/x-pem-file\",\"id\":\""
                + azure.base() + SERVING.substring(1) + "/s1\"}")));
        return URI.create(azure.base() + PATH.substring(1));
    }

    private static String version(AzureStub azure, String id, long created) {
        return "{\"id\":\"" + azure.base() + KEYS.substring(1) + "/" + id + "\",\"attributes\":{\"enabled\":true,"
                + "\"created\":" + created + "}}";
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(String body) {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(body);
    }
}
