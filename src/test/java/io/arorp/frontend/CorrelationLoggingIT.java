package io.arorp.frontend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.arorp.testing.Deployments;
import io.arorp.testing.RpClient;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Log records of a request are JSON and carry the request, correlation and client request ids of that request. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CorrelationLoggingIT {
    private final RpClient rp = new RpClient();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.packagedWar();
    }

    @Test
    void requestLogRecordCarriesTheIdsOfItsRequest() throws Exception {
        HttpResponse<String> response = rp.get(rp.https(), "/no-such-route",
                "X-Ms-Correlation-Request-Id", "corr-4711", "X-Ms-Client-Request-Id", "client-4711");
        assertEquals(404, response.statusCode());
        String requestId = response.headers().firstValue("X-Ms-Request-Id").orElseThrow();

        JsonObject record = awaitRecord(requestId);
        assertEquals("io.arorp.frontend.access", record.getString("module"));
        assertEquals("corr-4711", record.getString("ext_correlationId"));
        assertEquals("client-4711", record.getString("ext_clientRequestId"));
        assertTrue(record.getString("message").startsWith("GET /no-such-route 404"), record.getString("message"));
    }

    private static JsonObject awaitRecord(String requestId) throws Exception {
        Path log = Path.of(System.getProperty("it.wlp.home", "target/liberty/wlp"),
                "usr/servers", System.getProperty("it.server", "aroTestServer"), "logs/messages.log");
        long deadline = System.currentTimeMillis() + 10_000;
        while (System.currentTimeMillis() < deadline) { // the log is written asynchronously
            Optional<JsonObject> found = Files.readAllLines(log).stream()
                    .filter(line -> line.startsWith("{") && line.contains(requestId))
                    .map(line -> Json.createReader(new StringReader(line)).readObject())
                    .filter(o -> requestId.equals(o.getString("ext_requestId", null)))
                    .filter(o -> "io.arorp.frontend.access".equals(o.getString("module", null)))
                    .findFirst();
            if (found.isPresent()) {
                return found.get();
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no log record with ext_requestId " + requestId + " in " + log);
    }
}
