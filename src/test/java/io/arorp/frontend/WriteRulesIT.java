package io.arorp.frontend;

import static io.arorp.frontend.ArmErrorsIT.assertError;
import static io.arorp.testing.ArmCalls.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.arorp.testing.ArmCalls;
import io.arorp.testing.ClusterBodies;
import io.arorp.testing.Deployments;
import io.arorp.testing.RpClient;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The write rules of §2 seen through HTTP: which subscription states a DELETE needs, a second cluster with the same
 * service principal, and ARM's system data header merged into {@code systemData}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WriteRulesIT {
    private static final Duration CREATE = Duration.ofSeconds(120);
    private final ArmCalls arm = new ArmCalls(new RpClient());

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.packagedWar();
    }

    @Test
    void deleteNeedsARegisteredWarnedOrSuspendedSubscription() throws Exception {
        String never = UUID.randomUUID().toString();
        assertError(arm.delete(ClusterBodies.clusterId(never, "rg", "c")), 400, "InvalidSubscriptionState",
                "Request is not allowed in unregistered subscription '" + never + "'.");
        for (String state : new String[] {"Unregistered", "Deleted"}) {
            String s = arm.registered();
            assertEquals(200, arm.putSubscription(s, state).statusCode());
            assertError(arm.delete(ClusterBodies.clusterId(s, "rg", "c")), 400, "InvalidSubscriptionState",
                    "Request is not allowed in subscription in state '" + state + "'.");
        }

        String s = arm.registered();
        String warned = ClusterBodies.clusterId(s, "rg", "warned");
        String suspended = ClusterBodies.clusterId(s, "rg", "suspended");
        assertEquals(201, arm.put(warned, ClusterBodies.create(s, "warned")).statusCode());
        assertEquals(201, arm.put(suspended, ClusterBodies.create(s, "suspended")).statusCode());
        arm.awaitState(warned, "Succeeded", CREATE);
        arm.awaitState(suspended, "Succeeded", CREATE);

        assertEquals(200, arm.putSubscription(s, "Warned").statusCode());
        assertError(arm.put(warned, ClusterBodies.create(s, "warned")), 400, "InvalidSubscriptionState",
                "Request is not allowed in subscription in state 'Warned'.");
        HttpResponse<String> deleting = arm.delete(warned);
        assertEquals(202, deleting.statusCode(), deleting.body());
        assertTrue(deleting.headers().firstValue("Location").orElse("").contains("/operationresults/"));
        assertTrue(deleting.headers().firstValue("Azure-AsyncOperation").orElse("").contains("/operationsstatus/"));

        assertEquals(200, arm.putSubscription(s, "Suspended").statusCode());
        assertEquals(202, arm.delete(suspended).statusCode());
        assertEquals(204, arm.delete(ClusterBodies.clusterId(s, "rg", "never-created")).statusCode());
    }

    @Test
    void aSecondClusterWithTheSameServicePrincipalIsADuplicateClientId() throws Exception {
        String s = arm.registered();
        assertEquals(201, arm.put(ClusterBodies.clusterId(s, "rg-one", "dup"), ClusterBodies.create(s, "dup"))
                .statusCode());
        String clientId = UUID.nameUUIDFromBytes("dup".getBytes()).toString();
        assertError(arm.put(ClusterBodies.clusterId(s, "rg-two", "dup"), ClusterBodies.create(s, "dup")), 400,
                "DuplicateClientID", "The provided service principal with client ID '" + clientId
                        + "' is already in use by a cluster.");
        assertEquals(404, arm.get(ClusterBodies.clusterId(s, "rg-two", "dup")).statusCode());
    }

    @Test
    void armsSystemDataHeaderIsMergedIntoSystemData() throws Exception {
        String s = arm.registered();
        String id = ClusterBodies.clusterId(s, "rg", "sd");
        HttpResponse<String> created = arm.put(id, ClusterBodies.create(s, "sd"), "X-Ms-Arm-Resource-System-Data",
                "{\"createdBy\": \"alice@example.com\", \"createdByType\": \"User\", \"createdAt\": "
                        + "\"2026-01-02T03:04:05Z\", \"lastModifiedBy\": \"alice@example.com\", \"lastModifiedByType\": "
                        + "\"User\", \"lastModifiedAt\": \"2026-01-02T03:04:05Z\"}");
        assertEquals(201, created.statusCode(), created.body());
        JsonObject systemData = json(created.body()).getJsonObject("systemData");
        assertEquals("alice@example.com", systemData.getString("createdBy"));
        assertEquals("User", systemData.getString("createdByType"));
        assertTrue(systemData.getString("createdAt").startsWith("2026-01-02T03:04:05"), systemData.toString());

        arm.awaitState(id, "Succeeded", CREATE);
        HttpResponse<String> patched = arm.patch(id, "{\"tags\": {\"owner\": \"bob\"}}",
                "X-Ms-Arm-Resource-System-Data", "{\"lastModifiedBy\": \"bob-app\", \"lastModifiedByType\": "
                        + "\"Application\", \"lastModifiedAt\": \"2026-02-03T04:05:06Z\"}");
        assertEquals(200, patched.statusCode(), patched.body());
        JsonObject merged = json(arm.get(id).body()).getJsonObject("systemData");
        assertEquals("alice@example.com", merged.getString("createdBy"), "fields ARM did not send are kept");
        assertEquals("bob-app", merged.getString("lastModifiedBy"));
        assertEquals("Application", merged.getString("lastModifiedByType"));
        assertTrue(merged.getString("lastModifiedAt").startsWith("2026-02-03T04:05:06"), merged.toString());

        HttpResponse<String> garbled = arm.put(ClusterBodies.clusterId(s, "rg", "sd2"), ClusterBodies.create(s, "sd2"),
                "X-Ms-Arm-Resource-System-Data", "{not json");
        assertEquals(201, garbled.statusCode(), "an unparsable header is ignored: " + garbled.body());
    }
}
