package io.arorp.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;

/** What an IT needs ARM to have done first: a registered subscription, a cluster being created in it. */
public final class ArmSetup {
    private ArmSetup() {
    }

    /** A new subscription in state Registered; returns its id. */
    public static String registeredSubscription(RpClient arm) throws Exception {
        String subscription = UUID.randomUUID().toString();
        HttpResponse<String> response = arm.send(HttpRequest.newBuilder(
                arm.uri("/subscriptions/" + subscription + "?api-version=2.0"))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"state\":\"Registered\",\"properties\":{}}")));
        assertEquals(201, response.statusCode(), response.body());
        return subscription;
    }

    /** A cluster whose create ARM has just accepted (201), in a new subscription; returns its id. */
    public static String createdCluster(RpClient arm, String name) throws Exception {
        String subscription = registeredSubscription(arm);
        String id = ClusterBodies.clusterId(subscription, "rg", name);
        HttpResponse<String> created = arm.send(HttpRequest.newBuilder(arm.uri(id + "?api-version=2025-07-25"))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(ClusterBodies.create(subscription, name))));
        assertEquals(201, created.statusCode(), created.body());
        return id;
    }
}
