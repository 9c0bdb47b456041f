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
    /** One client for the whole IT run: fewer idle connections for the server to wait on when it stops. */
    private static HttpClient shared;
    private final String httpBase;
    private final String httpsBase;

    public RpClient() {
        this.httpBase = "http://127.0.0.1:" + System.getProperty("it.http.port", "9080");
        this.httpsBase = "https://127.0.0.1:" + System.getProperty("it.https.port", "9443");
    }

    /** Built on first use: the keystore exists only once the server has started. */
    private static synchronized HttpClient client() {
        if (shared == null) {
            shared = HttpClient.newBuilder()
                    .sslContext(trustingServerKeystore())
                    .connectTimeout(Duration.ofSeconds(10))
                    .build();
        }
        return shared;
    }

    public HttpResponse<String> get(String base, String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return client().send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** An HTTPS URI of the server under test. */
    public URI uri(String path) {
        return URI.create(httpsBase + path);
    }

    public HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return client().send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
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
