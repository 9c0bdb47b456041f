package io.arorp.health;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.arorp.testing.Deployments;
import io.arorp.testing.RpClient;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The packaged WAR starts in Liberty in the test environment and answers every health and ops endpoint. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HealthIT {
    private final RpClient rp = new RpClient();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.packagedWar();
    }

    @Test
    void readinessIsUpWithTheTestEnvironmentsTemporaryStore() throws Exception {
        HttpResponse<String> response = rp.get(rp.http(), "/health/ready");
        assertEquals(200, response.statusCode(), response.body());
        JsonObject health = json(response.body());
        assertEquals("UP", health.getString("status"));
        JsonObject store = check(health, "store");
        assertEquals("UP", store.getString("status"));
        // the test profile must give a throw-away store, never the developer's dev store
        assertTrue(store.getJsonObject("data").getString("store").contains("aro-rp-store"), store.toString());
        assertEquals("UP", check(health, "not-draining").getString("status"));
    }

    @Test
    void livenessAndStartupAreUp() throws Exception {
        HttpResponse<String> live = rp.get(rp.http(), "/health/live");
        assertEquals(200, live.statusCode(), live.body());
        assertEquals("UP", check(json(live.body()), "no-deadlock").getString("status"));
        HttpResponse<String> started = rp.get(rp.http(), "/health/started");
        assertEquals(200, started.statusCode(), started.body());
        assertEquals("UP", check(json(started.body()), "started").getString("status"));
    }

    @Test
    void originalReadinessRouteAnswersOverVerifiedHttps() throws Exception {
        HttpResponse<String> response = rp.get(rp.https(), "/healthz/ready");
        assertEquals(200, response.statusCode());
        assertEquals("{}", response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        assertNotNull(response.headers().firstValue("X-Ms-Request-Id").orElse(null));
    }

    @Test
    void everyResponseGetsAFreshRequestIdAndEchoesTheClientRequestIdOnlyWhenAsked() throws Exception {
        HttpResponse<String> first = rp.get(rp.https(), "/healthz/ready",
                "X-Ms-Client-Request-Id", "client-1", "X-Ms-Return-Client-Request-Id", "true");
        HttpResponse<String> second = rp.get(rp.https(), "/healthz/ready", "X-Ms-Client-Request-Id", "client-2");
        String firstId = first.headers().firstValue("X-Ms-Request-Id").orElseThrow();
        String secondId = second.headers().firstValue("X-Ms-Request-Id").orElseThrow();
        assertTrue(firstId.matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}"), firstId);
        assertNotEquals(firstId, secondId);
        assertEquals("client-1", first.headers().firstValue("X-Ms-Client-Request-Id").orElse(null));
        assertTrue(second.headers().firstValue("X-Ms-Client-Request-Id").isEmpty());
    }

    @Test
    void metricsAreServed() throws Exception {
        HttpResponse<String> metrics = rp.get(rp.http(), "/metrics");
        assertEquals(200, metrics.statusCode());
        assertTrue(metrics.body().contains("jvm_uptime"), "metrics should expose JVM base metrics");
        rp.get(rp.https(), "/providers/Microsoft.RedHatOpenShift/operations");
        String application = rp.get(rp.http(), "/metrics?scope=application").body();
        assertTrue(application.contains("frontend_duration_seconds_count{")
                && application.contains("route=\"OperationsResource.list\""), application);
    }

    private static JsonObject json(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }

    private static JsonObject check(JsonObject health, String name) {
        return health.getJsonArray("checks").getValuesAs(JsonObject.class).stream()
                .filter(c -> name.equals(c.getString("name")))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no check named " + name + " in " + health));
    }
}
