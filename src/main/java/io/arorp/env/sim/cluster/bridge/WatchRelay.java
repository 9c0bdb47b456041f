package io.arorp.env.sim.cluster.bridge;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * One watch: events arrive from the mock over a WebSocket and leave as the API server sends them over HTTP, one JSON
 * event per line of a chunked response. Ends when either side closes, a write fails (the client went away) or the
 * watch's timeout passes; the client then re-lists or re-watches, exactly as against a real API server.
 * <p>
 * The mock replays every existing object as ADDED when a watch opens, whatever resourceVersion was asked for. A real
 * API server sends only changes after that version, so replayed objects at or below it are dropped here.
 */
final class WatchRelay implements WebSocket.Listener {
    private final HttpExchange exchange;
    private final long sinceResourceVersion;
    private final ObjectMapper mapper;
    private final Consumer<WatchRelay> onFinish;
    private final StringBuilder partial = new StringBuilder();
    private WebSocket socket;
    private Future<?> timeout;
    private boolean finished;

    /**
     * @param sinceResourceVersion the watch's resourceVersion parameter; 0 when absent (then the replay is wanted:
     *     it is the API server's "synthetic ADDED events for the current state")
     */
    WatchRelay(HttpExchange exchange, long sinceResourceVersion, ObjectMapper mapper, Consumer<WatchRelay> onFinish) {
        this.exchange = exchange;
        this.sinceResourceVersion = sinceResourceVersion;
        this.mapper = mapper;
        this.onFinish = onFinish;
    }

    /** Called once the WebSocket is open: answers the HTTP request and starts pulling events. */
    synchronized void start(WebSocket socket, Future<?> timeout) throws IOException {
        this.socket = socket;
        this.timeout = timeout;
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.getResponseHeaders().set("Cache-Control", "no-cache, private");
        exchange.sendResponseHeaders(200, 0);
        socket.request(1);
    }

    @Override
    public void onOpen(WebSocket webSocket) {
        // no request(1) yet: events must wait until the HTTP response has started (see start)
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        partial.append(data);
        if (last) {
            String event = partial.toString();
            partial.setLength(0);
            if (!isReplayedBeforeStart(event) && !write(event)) {
                finish(); // the client has gone; release the mock's side too
                return null;
            }
        }
        webSocket.request(1);
        return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
        finish();
        return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
        finish();
    }

    /** Ends the watch: the HTTP stream ends cleanly and the mock forgets the WebSocket. Safe to call twice. */
    void finish() {
        synchronized (this) {
            if (finished) {
                return;
            }
            finished = true;
            if (timeout != null) {
                timeout.cancel(false);
            }
            exchange.close();
        }
        if (socket != null) {
            socket.abort();
        }
        onFinish.accept(this);
    }

    private synchronized boolean write(String event) {
        if (finished) {
            return false;
        }
        try {
            OutputStream out = exchange.getResponseBody();
            out.write((event + "\n").getBytes(StandardCharsets.UTF_8));
            out.flush();
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private boolean isReplayedBeforeStart(String event) {
        if (sinceResourceVersion <= 0) {
            return false;
        }
        try {
            JsonNode node = mapper.readTree(event);
            if (!"ADDED".equals(node.path("type").asText())) {
                return false;
            }
            String version = node.path("object").path("metadata").path("resourceVersion").asText("");
            return !version.isEmpty() && Long.parseLong(version) <= sinceResourceVersion;
        } catch (IOException | NumberFormatException e) {
            return false;
        }
    }
}
