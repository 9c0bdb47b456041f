package io.arorp.testing;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * HTTP client for integration tests. It trusts the keystore Liberty generated for the server under test, so HTTPS is
 * verified for real (no trust-all), the same way a client trusting the RP's certificate would.
 */
public final class RpClient {
    private static final String DEFAULT_KEYSTORE_PASSWORD = "aro-rp-dev-keystore";
    private HttpClient client;
    private final String httpBase;
    private final String httpsBase;

    public RpClient() {
        this.httpBase = "http://127.0.0.1:" + System.getProperty("it.http.port", "9080");
        this.httpsBase = "https://127.0.0.1:" + System.getProperty("it.https.port", "9443");
    }

    /** Built on first use: the keystore exists only once the server has started. */
    private synchronized HttpClient client() {
        if (client == null) {
            client = HttpClient.newBuilder()
                    .sslContext(trustingServerKeystore())
                    .connectTimeout(Duration.ofSeconds(10))
                    .build();
        }
        return client;
    }

    public HttpResponse<String> get(String base, String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return client().send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    public String http() {
        return httpBase;
    }

    public String https() {
        return httpsBase;
    }

    /** server create writes a random keystore_password into server.env; it overrides server.xml's dev default. */
    private static String keystorePassword(Path serverEnv) throws java.io.IOException {
        if (Files.exists(serverEnv)) {
            for (String line : Files.readAllLines(serverEnv)) {
                if (line.startsWith("keystore_password=")) {
                    return line.substring("keystore_password=".length()).trim();
                }
            }
        }
        return DEFAULT_KEYSTORE_PASSWORD;
    }

    private static SSLContext trustingServerKeystore() {
        Path server = Path.of(System.getProperty("it.wlp.home", "target/liberty/wlp"), "usr/servers/aroTestServer");
        Path keystore = server.resolve("resources/security/key.p12");
        try (InputStream in = Files.newInputStream(keystore)) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, keystorePassword(server.resolve("server.env")).toCharArray());
            TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            tmf.init(store);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, tmf.getTrustManagers(), null);
            return context;
        } catch (Exception e) {
            throw new IllegalStateException("cannot trust the server keystore " + keystore
                    + " (it is generated on first server start)", e);
        }
    }
}
