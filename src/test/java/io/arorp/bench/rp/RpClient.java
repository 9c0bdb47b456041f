package io.arorp.bench.rp;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.time.Duration;
import java.util.Collections;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * The HTTPS side of the benchmark, the way ARM reaches the RP: TLS to the HTTPS port, trusting only the certificate
 * Liberty generated for this server (read from its key.p12 with the password in its server.env), HTTP/1.1 keep-alive.
 */
final class RpClient {
    static final String API_VERSION = "api-version=2025-07-25";
    private final String base;
    private final SSLContext tls;

    RpClient(String base, SSLContext tls) {
        this.base = base;
        this.tls = tls;
    }

    static RpClient forServer(Path serverDir, int httpsPort) throws Exception {
        String password = Files.readAllLines(serverDir.resolve("server.env")).stream()
                .filter(l -> l.startsWith("keystore_password=")).map(l -> l.substring("keystore_password=".length()))
                .findFirst().orElse("aro-rp-dev-keystore");
        KeyStore p12 = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(serverDir.resolve("resources/security/key.p12"))) {
            p12.load(in, password.toCharArray());
        }
        KeyStore trust = KeyStore.getInstance("PKCS12");
        trust.load(null, null);
        for (String alias : Collections.list(p12.aliases())) {
            Certificate certificate = p12.getCertificate(alias);
            if (certificate != null) {
                trust.setCertificateEntry(alias, certificate);
            }
        }
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(trust);
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(null, tmf.getTrustManagers(), null);
        return new RpClient("https://127.0.0.1:" + httpsPort, tls);
    }

    /** A client for one concurrency level: its own connection pool, so levels do not share warm connections. */
    HttpClient newHttpClient() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).sslContext(tls)
                .connectTimeout(Duration.ofSeconds(10)).build();
    }

    URI uri(String pathAndQuery) {
        return URI.create(pathAndQuery.startsWith("https://") ? pathAndQuery : base + pathAndQuery);
    }

    HttpRequest get(String pathAndQuery) {
        return HttpRequest.newBuilder(uri(pathAndQuery)).timeout(Duration.ofSeconds(60)).GET().build();
    }

    HttpRequest put(String pathAndQuery, String json) {
        return HttpRequest.newBuilder(uri(pathAndQuery)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(json)).build();
    }

    static String clusterPath(String clusterId) {
        return clusterId + "?" + API_VERSION;
    }

    /** Registers a subscription the way ARM does before any cluster call. */
    void registerSubscription(HttpClient http, String subscriptionId, String tenantId)
            throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(put("/subscriptions/" + subscriptionId + "?api-version=2.0",
                "{\"state\":\"Registered\",\"properties\":{\"tenantId\":\"" + tenantId + "\"}}"),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() / 100 != 2) {
            throw new IOException("subscription PUT: " + r.statusCode() + " " + r.body());
        }
    }
}
