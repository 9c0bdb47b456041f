package io.arorp.env.azure;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.matching.UrlPathPattern;
import io.arorp.env.tls.ClusterPki;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A local HTTPS stub of Azure (ARM, AAD, Key Vault and Blob on one WireMock port) with a certificate of its own CA,
 * and the prod adapters configured against it exactly as prod configures them against Azure: client-secret
 * first-party identity, endpoints from {@link AzureSettings}, the CA bundle trusted by {@link AzureHttp}.
 */
final class AzureStub implements AutoCloseable {
    static final String FP_HOME_TENANT = "fp-home-tenant";
    static final String CUSTOMER_TENANT = "11111111-0000-0000-0000-000000000001";
    static final String SUBSCRIPTION = "22222222-0000-0000-0000-000000000002";
    static final String RP_SUBSCRIPTION = "33333333-0000-0000-0000-000000000003";
    static final String RP_TENANT = "rp-tenant";
    final WireMockServer server;
    final Path caBundle;
    final AzureClients clients;
    final AzureCloud cloud;
    /** Answers only the stubs that name it ({@link ArmFake#NAME}). */
    final ArmFake fake = new ArmFake();

    AzureStub(Path dir) throws Exception {
        ClusterPki pki = ClusterPki.create("azure-stub-ca", Clock.systemUTC(), new SecureRandom());
        ClusterPki.Issued serving = pki.issueServer();
        Path keystore = dir.resolve("stub.p12");
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setKeyEntry("stub", serving.key(), "changeit".toCharArray(), new X509Certificate[] {serving.certificate()});
        try (OutputStream out = Files.newOutputStream(keystore)) {
            store.store(out, "changeit".toCharArray());
        }
        caBundle = dir.resolve("ca.pem");
        Files.writeString(caBundle, pki.caPem());
        server = new WireMockServer(options().httpDisabled(true).dynamicHttpsPort().bindAddress("127.0.0.1")
                .keystorePath(keystore.toString()).keystorePassword("changeit").keyManagerPassword("changeit")
                .keystoreType("PKCS12").extensions(fake));
        server.start();
        stubTokens();
        AzureSettings settings = new AzureSettings(base(), base(), RP_SUBSCRIPTION, "rp-eastus",
                URI.create(base() + "vault/"), "https://vault.azure.net/.default", "Self", base() + "blob/%s/",
                Duration.ofMillis(600), Duration.ofMillis(50), 2);
        var http = AzureHttp.client(Optional.of(caBundle), Duration.ofSeconds(20));
        var fp = new Identity("client-secret", Optional.of(FP_HOME_TENANT), Optional.of("fp-client"),
                Optional.empty(), Optional.of("fp-secret")).credential(base().toString(), http);
        var rp = new Identity("client-secret", Optional.of(RP_TENANT), Optional.of("rp-client"),
                Optional.empty(), Optional.of("rp-secret")).credential(base().toString(), http);
        TenantResolver tenants = s -> Map.of(SUBSCRIPTION, CUSTOMER_TENANT, RP_SUBSCRIPTION, RP_TENANT).get(s);
        clients = new AzureClients(settings, http, fp, rp, tenants);
        cloud = new AzureCloud(clients, tenants, Clock.systemUTC());
    }

    /** ARM paths match case-insensitively: the SDK writes {@code resourcegroups}, callers {@code resourceGroups}. */
    static UrlPathPattern arm(String path) {
        return urlPathMatching("(?i)" + Pattern.quote(path));
    }

    URI base() {
        return URI.create("https://127.0.0.1:" + server.httpsPort() + "/");
    }

    /** AAD: every tenant's token endpoint issues a token naming that tenant, so tests see which tenant was asked. */
    private void stubTokens() {
        server.stubFor(post(urlPathMatching("/([^/]+)/oauth2/v2.0/token")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withTransformers("response-template")
                .withBody("{\"token_type\":\"Bearer\",\"expires_in\":3600,\"ext_expires_in\":3600,"
                        + "\"access_token\":\"token-{{request.pathSegments.[0]}}\"}")));
    }

    /** Forgets every stub and request but the AAD token endpoints. */
    void reset() {
        server.resetAll();
        stubTokens();
    }

    @Override
    public void close() {
        server.stop();
    }
}
