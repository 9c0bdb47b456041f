package io.arorp.frontend;

import static io.arorp.frontend.ArmErrorsIT.assertError;
import static io.arorp.frontend.ArmErrorsIT.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.arorp.testing.ClusterBodies;
import io.arorp.testing.Deployments;
import io.arorp.testing.RpClient;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The frontend's write contract: a PUT writes intent and answers at once with the polling URL; the document then
 * holds the state until the backend finishes it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ClusterWriteIT {
    private static final String API = "?api-version=2025-07-25";
    private final RpClient rp = new RpClient();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.packagedWar();
    }

    @Test
    void subscriptionRegistrationIsCreatedThenUpdated() throws Exception {
        String subscription = UUID.randomUUID().toString();
        HttpResponse<String> first = putSubscription(subscription, "Registered");
        assertEquals(201, first.statusCode(), first.body());
        assertEquals("Registered", json(first.body()).getString("state"));
        assertEquals("", json(first.body()).getJsonObject("properties").getJsonObject("accountOwner")
                .getString("email"), "the owner's e-mail is not stored");
        assertEquals(200, putSubscription(subscription, "Warned").statusCode());
        assertError(putSubscription(subscription, "Bogus"), 400, "InvalidParameter",
                "The provided state 'Bogus' is invalid.");
    }

    @Test
    void aClusterInAnUnregisteredSubscriptionIsRefused() throws Exception {
        String subscription = UUID.randomUUID().toString();
        HttpResponse<String> response = put(ClusterBodies.clusterId(subscription, "rg", "c1"),
                ClusterBodies.create(subscription, "c1"));
        assertError(response, 400, "InvalidSubscriptionState",
                "Request is not allowed in unregistered subscription '" + subscription + "'.");
    }

    @Test
    void createWritesIntentAndAnswersWithThePollingUrl() throws Exception {
        String subscription = registered();
        String id = ClusterBodies.clusterId(subscription, "Rg-One", "Cluster-A");
        // Hold the backend's first cloud call in this subscription's resource groups, so the cluster stays Creating
        // meanwhile (the frontend's create-time checks ask about the subscription itself, not its resource groups).
        HttpResponse<String> hold = rp.as(RpClient.Identity.ADMIN).send(HttpRequest.newBuilder(
                rp.uri("/admin/simulation/faults")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"operation\":\"*\",\"match\":\"" + subscription
                        + "/resourceGroups/\",\"hold\":true}")));
        assertEquals(201, hold.statusCode(), hold.body());
        HttpResponse<String> created = put(id, ClusterBodies.create(subscription, "cluster-a"));
        assertEquals(201, created.statusCode(), created.body());
        JsonObject body = json(created.body());
        assertEquals(id, body.getString("id"), "the caller's casing is kept");
        assertEquals("Creating", body.getJsonObject("properties").getString("provisioningState"));
        assertFalse(created.body().contains("sp-secret-cluster-a"), "no client secret in a response");
        assertFalse(created.body().contains("c2VjcmV0"), "no pull secret in a response");
        String asyncUrl = created.headers().firstValue("Azure-AsyncOperation").orElseThrow();
        assertTrue(asyncUrl.startsWith("https://127.0.0.1:") && asyncUrl.contains("/operationsstatus/")
                && asyncUrl.endsWith(API), asyncUrl);
        assertTrue(created.headers().firstValue("Retry-After").isPresent());

        HttpResponse<String> status = rp.send(HttpRequest.newBuilder(URI.create(asyncUrl)).GET());
        assertEquals(200, status.statusCode(), status.body());
        assertEquals("Creating", json(status.body()).getString("status"));

        HttpResponse<String> get = rp.get(rp.https(), id.toLowerCase() + API);
        assertEquals(200, get.statusCode(), get.body());
        assertEquals(id, json(get.body()).getString("id"));
        assertEquals("sre", json(get.body()).getJsonObject("tags").getString("team"));

        String resultUrl = asyncUrl.replace("/operationsstatus/", "/operationresults/");
        HttpResponse<String> result = rp.send(HttpRequest.newBuilder(URI.create(resultUrl)).GET());
        assertEquals(202, result.statusCode(), "still in progress: " + result.body());
        assertTrue(result.headers().firstValue("Location").isPresent());
        String otherSubscription = asyncUrl.replace(subscription, UUID.randomUUID().toString());
        assertError(rp.send(HttpRequest.newBuilder(URI.create(otherSubscription)).GET()), 404, "NotFound",
                "The entity was not found.");

        assertError(put(id, ClusterBodies.create(subscription, "cluster-a")), 400, "RequestNotAllowed",
                "Request is not allowed in provisioningState 'Creating'.");
        assertError(rp.send(HttpRequest.newBuilder(rp.uri(id + "/listCredentials" + API))
                .POST(HttpRequest.BodyPublishers.noBody())), 400, "RequestNotAllowed",
                "Request is not allowed in provisioningState 'Creating'.");
        assertError(rp.send(HttpRequest.newBuilder(rp.uri(id + API)).DELETE()), 400, "RequestNotAllowed",
                "Request is not allowed in provisioningState 'Creating'.");
        rp.as(RpClient.Identity.ADMIN).send(HttpRequest.newBuilder(rp.uri("/admin/simulation/faults/"
                + json(hold.body()).getString("id"))).DELETE());
    }

    @Test
    void invalidBodiesAreRejectedWithTheFieldAsTarget() throws Exception {
        String subscription = registered();
        String id = ClusterBodies.clusterId(subscription, "rg", "bad");
        String body = ClusterBodies.create(subscription, "bad").replace("10.128.0.0/14", "10.128.0.1/14");
        HttpResponse<String> response = put(id, body);
        assertEquals(400, response.statusCode(), response.body());
        JsonObject error = json(response.body()).getJsonObject("error");
        assertEquals("InvalidNetworkAddress", error.getString("code"), response.body());
        assertEquals("properties.networkProfile.podCidr", error.getString("target"));
        assertError(put(id, "{not json"), 400, "InvalidRequestContent",
                json(put(id, "{not json").body()).getJsonObject("error").getString("message"));
        assertError(rp.get(rp.https(), id + "?api-version=2099-01-01"), 400, "InvalidResourceType",
                "The resource type 'openShiftClusters' could not be found in the namespace "
                        + "'Microsoft.RedHatOpenShift' for api version '2099-01-01'.");
    }

    @Test
    void aMissingClusterIsNotFoundAndItsDeleteIsNoContent() throws Exception {
        String subscription = registered();
        String id = ClusterBodies.clusterId(subscription, "rg", "ghost");
        assertError(rp.get(rp.https(), id + API), 404, "ResourceNotFound",
                "The Resource 'Microsoft.RedHatOpenShift/openShiftClusters/ghost' under resource group 'rg' was not found.");
        assertEquals(204, rp.send(HttpRequest.newBuilder(rp.uri(id + API)).DELETE()).statusCode());
    }

    @Test
    void listsPageTenAtATimeWithAnOpaqueSkipToken() throws Exception {
        String subscription = registered();
        for (int i = 0; i < 12; i++) {
            String name = "list-" + i;
            assertEquals(201, put(ClusterBodies.clusterId(subscription, "paged", name),
                    ClusterBodies.create(subscription, name + "-" + subscription.substring(0, 8))).statusCode());
        }
        String path = "/subscriptions/" + subscription
                + "/resourceGroups/paged/providers/Microsoft.RedHatOpenShift/openShiftClusters" + API;
        HttpResponse<String> first = rp.get(rp.https(), path);
        assertEquals(200, first.statusCode(), first.body());
        assertEquals(10, json(first.body()).getJsonArray("value").size());
        String next = json(first.body()).getString("nextLink");
        assertTrue(next.contains("%24skipToken=") || next.contains("$skipToken="), next);
        HttpResponse<String> second = rp.send(HttpRequest.newBuilder(URI.create(next)).GET());
        assertEquals(200, second.statusCode(), second.body());
        assertEquals(2, json(second.body()).getJsonArray("value").size());
        assertFalse(json(second.body()).containsKey("nextLink"));
        HttpResponse<String> bySubscription = rp.get(rp.https(), "/subscriptions/" + subscription
                + "/providers/Microsoft.RedHatOpenShift/openShiftClusters" + API);
        assertEquals(10, json(bySubscription.body()).getJsonArray("value").size());
    }

    @Test
    void preflightAnswersWhetherAPutWouldBeAcceptedWithoutWritingAnything() throws Exception {
        String subscription = registered();
        String resource = ClusterBodies.create(subscription, "pre")
                .replaceFirst("\\{", "{\"name\": \"pre\", \"type\": \"Microsoft.RedHatOpenShift/openShiftClusters\", "
                        + "\"apiVersion\": \"2025-07-25\", ");
        String preflight = "/subscriptions/" + subscription
                + "/resourceGroups/rg/providers/Microsoft.RedHatOpenShift/deployments/d1/preflight" + API;
        HttpResponse<String> ok = post(preflight, "{\"resources\": [" + resource + "]}");
        assertEquals(200, ok.statusCode(), ok.body());
        assertEquals("Succeeded", json(ok.body()).getString("status"), ok.body());

        HttpResponse<String> bad = post(preflight, "{\"resources\": ["
                + resource.replace("\"count\": 3", "\"count\": 1") + "]}");
        assertEquals(200, bad.statusCode(), bad.body());
        assertEquals("Failed", json(bad.body()).getString("status"), bad.body());
        assertEquals("properties.workerProfiles['worker'].count",
                json(bad.body()).getJsonObject("error").getString("target"), bad.body());
        assertEquals(404, rp.get(rp.https(), ClusterBodies.clusterId(subscription, "rg", "pre") + API).statusCode(),
                "preflight writes nothing");
    }

    private HttpResponse<String> post(String path, String body) throws Exception {
        return rp.send(HttpRequest.newBuilder(rp.uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private String registered() throws Exception {
        String subscription = UUID.randomUUID().toString();
        assertEquals(201, putSubscription(subscription, "Registered").statusCode());
        return subscription;
    }

    private HttpResponse<String> putSubscription(String subscription, String state) throws Exception {
        String body = "{\"state\":\"" + state + "\",\"properties\":{\"tenantId\":\"" + UUID.randomUUID()
                + "\",\"accountOwner\":{\"email\":\"owner@example.com\"}}}";
        return rp.send(HttpRequest.newBuilder(rp.uri("/subscriptions/" + subscription + "?api-version=2.0"))
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(body)));
    }

    private HttpResponse<String> put(String id, String body) throws Exception {
        return rp.send(HttpRequest.newBuilder(rp.uri(id + API))
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(body)));
    }
}
