package io.arorp.env.sim.cluster.bridge;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsExchange;
import com.sun.net.httpserver.HttpsParameters;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLPeerUnverifiedException;

/**
 * The HTTPS front of a simulated cluster: what its kubeconfig points at. It authenticates callers by client
 * certificate (signed by the cluster CA), answers {@code /version} and the health endpoints, relays watches (see {@link Watches}) and forwards
 * everything else to the fabric8 mock on its plain loopback port, repairing the answers with {@link Statuses}.
 */
public final class ApiServerBridge implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(ApiServerBridge.class.getName());
    private static final Duration FORWARD_TIMEOUT = Duration.ofSeconds(30);
    /** The API server's own health endpoints: a running simulated API server is healthy. */
    private static final java.util.Set<String> HEALTH = java.util.Set.of("/readyz", "/healthz", "/livez");

    private final MockEndpoint mock;
    private final byte[] versionJson;
    private final HttpClient client;
    private final Statuses statuses;
    private final Watches watches;
    private final Kinds kinds;
    private final Subresources subresources;
    private final PodFieldSelectors podFieldSelectors;
    private final HttpsServer server;

    /**
     * Binds and starts the front.
     *
     * @param port the port to bind on 127.0.0.1, or 0 for any free one
     * @param mock the mock, started while requests or watches use it
     * @param versionJson the body of {@code GET /version}
     * @param client the client forwarding to the mock (see {@link #upstreamClient()})
     */
    public static ApiServerBridge start(int port, SSLContext tls, MockEndpoint mock, byte[] versionJson,
            HttpClient client, ExecutorService executor, ScheduledExecutorService timer, ObjectMapper mapper)
            throws IOException {
        HttpsServer server = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 64);
        Statuses statuses = new Statuses(mapper);
        ApiServerBridge bridge = new ApiServerBridge(mock, versionJson, client, statuses,
                new Watches(client, mock, timer, mapper), new Kinds(client, mock, mapper),
                new Subresources(client, mock, mapper, statuses), new PodFieldSelectors(mapper), server);
        server.setHttpsConfigurator(new HttpsConfigurator(tls) {
            @Override
            public void configure(HttpsParameters parameters) {
                SSLParameters ssl = getSSLContext().getDefaultSSLParameters();
                ssl.setWantClientAuth(true); // absent certificate: 401 below, like an API server without anonymous auth
                parameters.setSSLParameters(ssl);
            }
        });
        server.createContext("/", bridge::handle);
        server.setExecutor(executor);
        server.start();
        return bridge;
    }

    /** A client for forwarding to mocks; one can serve every bridge of a process. */
    public static HttpClient upstreamClient() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5))
                .build();
    }

    private ApiServerBridge(MockEndpoint mock, byte[] versionJson, HttpClient client, Statuses statuses, Watches watches,
                            Kinds kinds, Subresources subresources, PodFieldSelectors podFieldSelectors,
                            HttpsServer server) {
        this.mock = mock;
        this.versionJson = versionJson;
        this.client = client;
        this.statuses = statuses;
        this.watches = watches;
        this.kinds = kinds;
        this.subresources = subresources;
        this.podFieldSelectors = podFieldSelectors;
        this.server = server;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** Ends open watches and frees the port. */
    @Override
    public void close() {
        watches.closeAll();
        server.stop(0);
    }

    private void handle(HttpExchange exchange) {
        String method = exchange.getRequestMethod();
        String path = exchange.getRequestURI().getRawPath();
        String query = exchange.getRequestURI().getRawQuery();
        try {
            if (!authenticated(exchange)) {
                respond(exchange, 401, statuses.failure(401, path, "Unauthorized"));
            } else if (method.equals("GET") && (path.equals("/version") || path.equals("/version/"))) {
                respond(exchange, 200, versionJson);
            } else if (method.equals("GET") && HEALTH.contains(path)) {
                respond(exchange, 200, "ok".getBytes(StandardCharsets.UTF_8), "text/plain");
            } else {
                handleWithMock(exchange, method, path, query);
            }
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, e, () -> "simulated API server failed on " + method + " " + path);
            try {
                respond(exchange, 500, statuses.failure(500, path, "simulated API server: " + e));
            } catch (IOException | RuntimeException ignored) {
                exchange.close();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            exchange.close();
        }
    }

    /** Everything the mock answers: it runs for the request, or for as long as a watch stays open. */
    private void handleWithMock(HttpExchange exchange, String method, String path, String query)
            throws IOException, InterruptedException {
        mock.acquire();
        java.util.concurrent.atomic.AtomicBoolean released = new java.util.concurrent.atomic.AtomicBoolean();
        Runnable release = () -> {
            if (released.compareAndSet(false, true)) {
                mock.release();
            }
        };
        boolean watch = method.equals("GET") && Watches.isWatch(query);
        try {
            if (Subresources.handles(method, path)) {
                Subresources.Answer answer = subresources.answer(method, path, query,
                        exchange.getRequestBody().readAllBytes());
                respond(exchange, answer.code(), answer.body(), answer.contentType());
            } else if (watch) {
                watches.open(exchange, path, query, release); // the relay owns the exchange and the use from here
            } else {
                forward(exchange, method, path, query);
            }
        } catch (IOException | RuntimeException | InterruptedException e) {
            release.run(); // a watch that never opened holds no use
            throw e;
        }
        if (!watch) {
            release.run();
        }
    }

    private void forward(HttpExchange exchange, String method, String path, String query)
            throws IOException, InterruptedException {
        byte[] body = exchange.getRequestBody().readAllBytes();
        if (method.equals("POST") || method.equals("PUT")) {
            body = kinds.withTypeMeta(path, body);
        }
        PodFieldSelectors.Split split = PodFieldSelectors.split(method, path, query);
        query = split.query();
        HttpRequest.Builder request = HttpRequest.newBuilder(mock.uri().resolve(query == null ? path : path + "?" + query))
                .timeout(FORWARD_TIMEOUT)
                .method(method, body.length == 0 ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body));
        String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        HttpResponse<byte[]> response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        byte[] answer = split.node() != null && response.statusCode() == 200
                ? podFieldSelectors.filter(response.body(), split.node()) : response.body();
        respond(exchange, response.statusCode(), statuses.normalize(method, path, response.statusCode(), answer));
    }

    private static boolean authenticated(HttpExchange exchange) {
        try {
            return ((HttpsExchange) exchange).getSSLSession().getPeerCertificates().length > 0;
        } catch (SSLPeerUnverifiedException e) {
            return false;
        }
    }

    private static void respond(HttpExchange exchange, int code, byte[] body) throws IOException {
        respond(exchange, code, body, "application/json");
    }

    private static void respond(HttpExchange exchange, int code, byte[] body, String contentType) throws IOException {
        try (exchange) {
            if (body.length > 0) {
                exchange.getResponseHeaders().set("Content-Type", contentType);
            }
            exchange.sendResponseHeaders(code, body.length == 0 ? -1 : body.length);
            if (body.length > 0) {
                exchange.getResponseBody().write(body);
            }
        }
    }

    /** The {@code /version} body of a Kubernetes minor release. */
    public static byte[] versionJson(int major, int minor) {
        return ("{\"major\":\"" + major + "\",\"minor\":\"" + minor + "\",\"gitVersion\":\"v" + major + "." + minor
                + ".0\",\"gitCommit\":\"0000000000000000000000000000000000000000\",\"gitTreeState\":\"clean\","
                + "\"buildDate\":\"2024-01-01T00:00:00Z\",\"goVersion\":\"go1.21\",\"compiler\":\"gc\","
                + "\"platform\":\"linux/amd64\"}").getBytes(StandardCharsets.UTF_8);
    }
}
