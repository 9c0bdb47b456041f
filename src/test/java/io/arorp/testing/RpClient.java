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
import java.util.EnumMap;
import java.util.Map;
import javax.net.ssl.KeyManager;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * HTTP client for integration tests. It verifies the server against the keystore Liberty generated (no trust-all)
 * and presents the client certificate of the chosen identity from {@link TestPki}, so the ITs exercise the same mTLS
 * authentication as production.
 */
public final class RpClient {
    private static final String DEFAULT_KEYSTORE_PASSWORD = "aro-rp-dev-keystore";
    /** One client per identity for the whole IT run: fewer idle connections for the server to wait on at stop. */
    private static final Map<Identity, HttpClient> CLIENTS = new EnumMap<>(Identity.class);

    /** Who the client claims to be. */
    public enum Identity { ARM, ADMIN, STRANGER, NONE }

    private final Identity identity;
    private final String httpBase;
    private final String httpsBase;

    public RpClient() {
        this(Identity.ARM);
    }

    public RpClient(Identity identity) {
        this.identity = identity;
        this.httpBase = "http://127.0.0.1:" + System.getProperty("it.http.port", "9080");
        this.httpsBase = "https://127.0.0.1:" + System.getProperty("it.https.port", "9443");
    }

    public RpClient as(Identity other) {
        return new RpClient(other);
    }

    public HttpResponse<String> get(String base, String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request.GET());
    }

    public HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return client(identity).send(request.timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** An HTTPS URI of the server under test. */
    public URI uri(String path) {
        return URI.create(httpsBase + path);
    }

    public String http() {
        return httpBase;
    }

    public String https() {
        return httpsBase;
    }

    /** Built on first use: the server keystore exists only once the server has started. */
    private static synchronized HttpClient client(Identity identity) {
        return CLIENTS.computeIfAbsent(identity, id -> HttpClient.newBuilder()
                .sslContext(sslContext(id))
                .connectTimeout(Duration.ofSeconds(10))
                .build());
    }

    /** The TLS context of an identity: verifies the server, presents that identity's client certificate. */
    public static SSLContext sslContext(Identity identity) {
        Path server = Path.of(System.getProperty("it.wlp.home", "target/liberty/wlp"), "usr/servers",
                System.getProperty("it.server", "aroTestServer"));
        try {
            TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            tmf.init(load(server.resolve("resources/security/key.p12"), keystorePassword(server)));
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(keyManagers(identity), tmf.getTrustManagers(), null);
            return context;
        } catch (Exception e) {
            throw new IllegalStateException("cannot build the TLS context for " + identity, e);
        }
    }

    private static KeyManager[] keyManagers(Identity identity) throws Exception {
        if (identity == Identity.NONE) {
            return null;
        }
        Path pki = Path.of(System.getProperty("it.pki.dir", "target/test-pki"));
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(load(pki.resolve(identity.name().toLowerCase() + ".p12"), TestPki.PASSWORD),
                TestPki.PASSWORD.toCharArray());
        return kmf.getKeyManagers();
    }

    private static KeyStore load(Path file, String password) throws Exception {
        try (InputStream in = Files.newInputStream(file)) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, password.toCharArray());
            return store;
        }
    }

    /** server create writes a random keystore_password into server.env; it overrides server.xml's dev default. */
    private static String keystorePassword(Path server) throws java.io.IOException {
        Path serverEnv = server.resolve("server.env");
        if (Files.exists(serverEnv)) {
            for (String line : Files.readAllLines(serverEnv)) {
                if (line.startsWith("keystore_password=")) {
                    return line.substring("keystore_password=".length()).trim();
                }
            }
        }
        return DEFAULT_KEYSTORE_PASSWORD;
    }
}
