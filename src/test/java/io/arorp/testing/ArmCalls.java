package io.arorp.testing;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;

/**
 * The calls ITs make again and again, as ARM (subscription lifecycle, cluster PUT/PATCH/DELETE/GET) and as an SRE
 * driving the simulated cloud, so each IT reads as its scenario.
 */
public final class ArmCalls {
    public static final String API = "?api-version=2025-07-25";
    private final RpClient rp;

    public ArmCalls(RpClient rp) {
        this.rp = rp;
    }

    /** A new subscription ARM registered. */
    public String registered() throws Exception {
        String subscription = UUID.randomUUID().toString();
        HttpResponse<String> response = putSubscription(subscription, "Registered");
        if (response.statusCode() != 201) {
            throw new AssertionError("registering " + subscription + ": " + response.body());
        }
        return subscription;
    }

    public HttpResponse<String> putSubscription(String subscription, String state) throws Exception {
        String body = "{\"state\":\"" + state + "\",\"properties\":{\"tenantId\":\"" + UUID.randomUUID() + "\"}}";
        return rp.send(HttpRequest.newBuilder(rp.uri("/subscriptions/" + subscription + "?api-version=2.0"))
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** PUT of a cluster; {@code headers} are name, value pairs. */
    public HttpResponse<String> put(String id, String body, String... headers) throws Exception {
        return write("PUT", id, body, headers);
    }

    public HttpResponse<String> patch(String id, String body, String... headers) throws Exception {
        return write("PATCH", id, body, headers);
    }

    public HttpResponse<String> delete(String id) throws Exception {
        return rp.send(HttpRequest.newBuilder(rp.uri(id + API)).DELETE());
    }

    public HttpResponse<String> get(String id) throws Exception {
        return rp.send(HttpRequest.newBuilder(rp.uri(id + API)).GET());
    }

    public HttpResponse<String> post(String path, String body) throws Exception {
        return rp.send(HttpRequest.newBuilder(rp.uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** Puts a resource into the simulated cloud (the control shapes of env.sim.cloud: usages, SKUs, providers...). */
    public void simulate(String id, String type, String properties) throws Exception {
        HttpResponse<String> response = rp.as(RpClient.Identity.ADMIN).send(HttpRequest.newBuilder(
                rp.uri("/admin/simulation/resources")).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"id\":\"" + id + "\",\"type\":\"" + type
                        + "\",\"properties\":" + properties + "}")));
        if (response.statusCode() != 200) {
            throw new AssertionError("simulating " + id + ": " + response.body());
        }
    }

    /** Injects a simulated cloud fault; returns its id. */
    public String fault(String json) throws Exception {
        HttpResponse<String> response = rp.as(RpClient.Identity.ADMIN).send(HttpRequest.newBuilder(
                rp.uri("/admin/simulation/faults")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
        if (response.statusCode() != 201) {
            throw new AssertionError("injecting " + json + ": " + response.body());
        }
        return json(response.body()).getString("id");
    }

    public void removeFault(String id) throws Exception {
        rp.as(RpClient.Identity.ADMIN).send(HttpRequest.newBuilder(rp.uri("/admin/simulation/faults/" + id)).DELETE());
    }

    /** Polls GET until the cluster is in {@code state}; returns that GET's body. */
    public JsonObject awaitState(String id, String state, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        String last = "";
        while (System.nanoTime() < deadline) {
            HttpResponse<String> response = get(id);
            last = response.body();
            if (response.statusCode() == 200) {
                JsonObject body = json(last);
                if (state.equals(body.getJsonObject("properties").getString("provisioningState"))) {
                    return body;
                }
            }
            Thread.sleep(250);
        }
        throw new AssertionError(id + " did not reach " + state + " in " + timeout + "; last answer: " + last);
    }

    private HttpResponse<String> write(String method, String id, String body, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(rp.uri(id + API)).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return rp.send(request);
    }

    public static JsonObject json(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }
}
