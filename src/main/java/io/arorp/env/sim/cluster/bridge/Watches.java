package io.arorp.env.sim.cluster.bridge;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

/**
 * Turns HTTP watches ({@code ?watch=true}, what client-java sends) into the mock's WebSocket watches, and keeps track of
 * them so stopping the cluster ends them all.
 */
final class Watches {
    /** Without {@code timeoutSeconds} the API server ends a watch after its min-request-timeout (1800 s by default). */
    private static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(1800);
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);

    private final HttpClient client;
    private final MockEndpoint mock;
    private final ScheduledExecutorService timer;
    private final ObjectMapper mapper;
    private final Set<WatchRelay> open = ConcurrentHashMap.newKeySet();

    Watches(HttpClient client, MockEndpoint mock, ScheduledExecutorService timer, ObjectMapper mapper) {
        this.client = client;
        this.mock = mock;
        this.timer = timer;
        this.mapper = mapper;
    }

    static boolean isWatch(String rawQuery) {
        String watch = parameters(rawQuery).get("watch");
        return "true".equals(watch) || "1".equals(watch);
    }

    /**
     * Opens the mock's WebSocket for this watch and starts streaming; the relay closes the exchange when done and
     * then runs {@code onFinish}.
     */
    void open(HttpExchange exchange, String path, String rawQuery, Runnable onFinish)
            throws IOException, InterruptedException {
        Map<String, String> parameters = parameters(rawQuery);
        WatchRelay relay = new WatchRelay(exchange, resourceVersion(parameters.get("resourceVersion")), mapper, r -> {
            open.remove(r);
            onFinish.run();
        });
        URI uri = URI.create("ws://" + mock.uri().getAuthority() + path + "?" + rawQuery);
        WebSocket socket;
        try {
            socket = client.newWebSocketBuilder().connectTimeout(CONNECT_TIMEOUT).buildAsync(uri, relay)
                    .get(CONNECT_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new IOException("the mock refused the watch " + path + ": " + e.getMessage(), e);
        }
        open.add(relay);
        Future<?> timeout = timer.schedule(relay::finish, timeout(parameters.get("timeoutSeconds")).toMillis(),
                TimeUnit.MILLISECONDS);
        try {
            relay.start(socket, timeout);
        } catch (IOException e) {
            relay.finish();
            throw e;
        }
    }

    void closeAll() {
        for (WatchRelay relay : open.toArray(WatchRelay[]::new)) {
            relay.finish();
        }
    }

    private static Duration timeout(String seconds) {
        try {
            long value = seconds == null ? 0 : Long.parseLong(seconds);
            return value > 0 ? Duration.ofSeconds(value) : DEFAULT_TIMEOUT;
        } catch (NumberFormatException e) {
            return DEFAULT_TIMEOUT;
        }
    }

    private static long resourceVersion(String value) {
        try {
            return value == null || value.isEmpty() ? 0 : Long.parseLong(value);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static Map<String, String> parameters(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return Map.of();
        }
        return Arrays.stream(rawQuery.split("&"))
                .map(pair -> pair.split("=", 2))
                .collect(Collectors.toMap(kv -> decode(kv[0]), kv -> kv.length > 1 ? decode(kv[1]) : "", (a, b) -> b));
    }

    private static String decode(String value) {
        return URLDecoder.decode(value, StandardCharsets.UTF_8);
    }
}
