package io.arorp.database.contract;

import com.azure.cosmos.CosmosClient;
import io.arorp.database.store.cosmos.CosmosClients;
import io.arorp.database.store.cosmos.CosmosSettings;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Cosmos-compatible test server ({@code tools/cosmosdb}, Node) on a free loopback port, and one SDK client for
 * it. Started once per test JVM; {@link #unavailableReason()} says why it could not start (no Node, no
 * {@code npm ci}), so the Cosmos run is skipped visibly instead of failing or passing silently.
 */
public final class CosmosTestServer implements AutoCloseable {
    /** The Cosmos emulator's well-known key: the SDK insists on a base64 key, the test server ignores it. */
    public static final String EMULATOR_KEY = "C2y6yDjf5/R+ob0N8A7Cgv30VRDJIWEHLM+4QDU5DE2nQ9nDuVTqobD4b8mGGyPMbIZnqyMsEcaGQy67XIw/Jw==";
    private static final Path DIR = Path.of("tools", "cosmosdb");
    private static final Pattern PORT = Pattern.compile("\"port\":(\\d+)");

    private final Process process;
    private final String endpoint;
    private final CosmosClient client;
    private final HttpClient http = HttpClient.newHttpClient();

    private CosmosTestServer(Process process, String endpoint) {
        this.process = process;
        this.endpoint = endpoint;
        this.client = CosmosClients.build(new CosmosSettings(endpoint, Optional.of(EMULATOR_KEY), "unused", false,
                Duration.ofSeconds(2)));
    }

    /** Null when the server can be started here, else a reason to skip the Cosmos run. */
    public static String unavailableReason() {
        if (!Files.isRegularFile(DIR.resolve("node_modules/@vercel/cosmosdb-server/package.json"))) {
            return "Cosmos contract run SKIPPED: " + DIR + "/node_modules is missing; run `npm ci` in " + DIR;
        }
        try {
            Process node = new ProcessBuilder("node", "--version").redirectErrorStream(true).start();
            if (node.waitFor(20, TimeUnit.SECONDS) && node.exitValue() == 0) {
                return null;
            }
            return "Cosmos contract run SKIPPED: `node --version` failed";
        } catch (IOException e) {
            return "Cosmos contract run SKIPPED: Node.js is not installed (" + e.getMessage() + ")";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "Cosmos contract run SKIPPED: interrupted";
        }
    }

    public static CosmosTestServer start() throws IOException {
        // The SDK refuses plain HTTP unless told; loopback only, and only in tests.
        System.setProperty("COSMOS.HTTP_CONNECTION_WITHOUT_TLS_ALLOWED", "true");
        Path log = Path.of("target", "cosmosdb-server.log");
        Files.createDirectories(log.getParent());
        Process process = new ProcessBuilder("node", "server.js", "--host", "127.0.0.1", "--port", "0")
                .directory(DIR.toFile()).redirectError(log.toFile()).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        String line = out.readLine();
        Matcher m = line == null ? null : PORT.matcher(line);
        if (m == null || !m.find()) {
            process.destroyForcibly();
            throw new IOException("the Cosmos test server did not start (see " + log + "): " + line);
        }
        Thread drain = new Thread(() -> out.lines().forEach(l -> { }), "cosmosdb-server-stdout");
        drain.setDaemon(true);
        drain.start();
        return new CosmosTestServer(process, "http://127.0.0.1:" + m.group(1) + "/");
    }

    public CosmosClient client() {
        return client;
    }

    public String endpoint() {
        return endpoint;
    }

    /** Moves the server's clock forward and returns its time in milliseconds. */
    long advance(Duration by) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(endpoint + "_test/clock"))
                .POST(HttpRequest.BodyPublishers.ofString("{\"advanceMillis\":" + by.toMillis() + "}")).build();
        try {
            String body = http.send(request, HttpResponse.BodyHandlers.ofString()).body();
            return Long.parseLong(body.replaceAll("\\D", ""));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        client.close();
        process.destroy();
    }
}
