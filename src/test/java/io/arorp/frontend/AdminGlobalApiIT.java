package io.arorp.frontend;

import static io.arorp.frontend.ArmErrorsIT.assertError;
import static io.arorp.frontend.ArmErrorsIT.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.arorp.testing.ArmSetup;
import io.arorp.testing.Deployments;
import io.arorp.testing.RpClient;
import io.arorp.testing.RpClient.Identity;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Predicate;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The admin API's global routes as SREs call them: the install catalog (versions, role sets, VM sizes) reaching the
 * customer API through the change-feed caches, the fleet summary, billing records, and MIMO manifests and schedules.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AdminGlobalApiIT {
    private static final String TASK = "b41749fc-af26-4ab7-b5a1-e03f3ee4cba6";
    private final RpClient arm = new RpClient();
    private final RpClient admin = new RpClient(Identity.ADMIN);

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.packagedWar();
    }

    @Test
    void versionsWrittenByAdminsReachTheCustomerList() throws Exception {
        String location = "/subscriptions/" + ArmSetup.registeredSubscription(arm)
                + "/providers/Microsoft.RedHatOpenShift/locations/eastus/openShiftVersions?api-version=2025-07-25";
        HttpResponse<String> listed = admin.get(admin.https(), "/admin/versions");
        assertEquals(200, listed.statusCode(), listed.body());
        assertTrue(listed.body().contains("\"4.15.35\""), listed.body());

        String v = "{\"properties\":{\"version\":\"4.16.2\",\"enabled\":%s,\"openShiftPullspec\":\"quay.io/o:1\","
                + "\"installerPullspec\":\"quay.io/i:1\"}}";
        HttpResponse<String> created = put("/admin/versions", v.formatted("true"));
        assertEquals(201, created.statusCode(), created.body());
        assertEquals("4.16.2", json(created.body()).getString("name"));
        awaitBody(location, body -> body.contains("\"4.16.2\""));
        HttpResponse<String> disabled = put("/admin/versions", v.formatted("false"));
        assertEquals(200, disabled.statusCode(), disabled.body());
        awaitBody(location, body -> !body.contains("\"4.16.2\""));

        assertParameterError(put("/admin/versions", "{\"properties\":{\"version\":\"4.15.35\","
                + "\"openShiftPullspec\":\"o\",\"installerPullspec\":\"i\"}}"), "properties.enabled",
                "You cannot disable the default installation version.");
        assertParameterError(put("/admin/versions", "{\"properties\":{\"version\":\"4.17.0\",\"openShiftPullspec\":\"o\"}}"),
                "properties.installerPullspec", "Must be provided");
        assertError(put("/admin/versions", ""), 400, "InvalidRequestContent",
                "The request content was invalid and could not be deserialized.");
        assertError(arm.get(arm.https(), "/admin/versions"), 403, "Forbidden", "Forbidden.");
    }

    @Test
    void roleSetsAndVmSizes() throws Exception {
        String location = "/subscriptions/" + ArmSetup.registeredSubscription(arm) + "/providers/"
                + "Microsoft.RedHatOpenShift/locations/eastus/platformWorkloadIdentityRoleSets?api-version=2025-07-25";
        String role = "{\"operatorName\":\"cloud-controller-manager\",\"roleDefinitionName\":\"Azure Red Hat OpenShift "
                + "Cloud Controller Manager\",\"roleDefinitionId\":\"/providers/Microsoft.Authorization/"
                + "roleDefinitions/a1f96423-95ce-4224-ab27-4e3dc72facd4\"}";
        HttpResponse<String> created = put("/admin/platformworkloadidentityrolesets",
                "{\"properties\":{\"openShiftVersion\":\"4.99\",\"platformWorkloadIdentityRoles\":[" + role + "]}}");
        assertEquals(201, created.statusCode(), created.body());
        awaitBody(location, body -> body.contains("\"4.99\""));
        HttpResponse<String> listed = admin.get(admin.https(), "/admin/platformworkloadidentityrolesets");
        assertTrue(listed.body().contains("cloud-controller-manager"), listed.body());
        assertParameterError(put("/admin/platformworkloadidentityrolesets",
                "{\"properties\":{\"openShiftVersion\":\"4.99\",\"platformWorkloadIdentityRoles\":[]}}"),
                "properties.platformWorkloadIdentityRoles", "Must be provided and must be non-empty");

        HttpResponse<String> masters = admin.get(admin.https(), "/admin/supportedvmsizes?vmRole=master");
        assertEquals(200, masters.statusCode(), masters.body());
        JsonObject d8 = json(masters.body()).getJsonObject("Standard_D8s_v3");
        assertEquals(8, d8.getInt("coreCount"));
        assertEquals("standardDSv3Family", d8.getString("family"));
        assertFalse(json(masters.body()).containsKey("Standard_D4s_v3"));
        assertTrue(json(admin.get(admin.https(), "/admin/supportedvmsizes?vmRole=worker").body())
                .containsKey("Standard_D4s_v3"));
        assertError(admin.get(admin.https(), "/admin/supportedvmsizes?vmRole=infra"), 400, "InvalidParameter",
                "The provided vmRole 'infra' is invalid. vmRole can only be master or worker");
    }

    @Test
    void fleetSummaryAndBillingRecordsOfInstalledClusters() throws Exception {
        String id = ArmSetup.createdCluster(arm, "billed");
        HttpResponse<String> fleet = admin.get(admin.https(), "/admin/clusters?name=BILLED");
        assertEquals(200, fleet.statusCode(), fleet.body());
        JsonObject line = Json.createReader(new StringReader(fleet.body())).readArray().getJsonObject(0);
        assertEquals(id, line.getString("resourceId"));
        assertEquals("rg", line.getString("resourceGroup"));
        assertEquals("", line.getString("failedProvisioningState"), "every field is present");
        assertEquals("[]\n", admin.get(admin.https(), "/admin/clusters?state=Deleting&name=billed").body(),
                "nothing matches: an empty array, written as Go writes it");

        JsonObject record = null;
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        while (record == null && Instant.now().isBefore(deadline)) {
            HttpResponse<String> list = admin.get(admin.https(), "/admin/billingdocuments");
            assertEquals(200, list.statusCode(), list.body());
            record = json(list.body()).getJsonArray("value").stream().map(v -> v.asJsonObject())
                    .filter(r -> id.toLowerCase().equals(r.getString("key", ""))).findFirst().orElse(null);
            Thread.sleep(record == null ? 500 : 0);
        }
        assertTrue(record != null, "the backend's install wrote a billing record for " + id);
        HttpResponse<String> one = admin.get(admin.https(), "/admin/billingdocuments/" + record.getString("id"));
        assertEquals(200, one.statusCode(), one.body());
        assertEquals("eastus", json(one.body()).getJsonObject("billing").getString("location"));
        assertError(admin.get(admin.https(), "/admin/billingdocuments/nope"), 404, "NotFound",
                "billing document not found: nope");
    }

    @Test
    void maintenanceManifestsOfACluster() throws Exception {
        String manifests = "/admin" + ArmSetup.createdCluster(arm, "mimo") + "/maintenancemanifests";
        HttpResponse<String> created = put(manifests, "{\"maintenanceTaskID\":\"" + TASK + "\",\"priority\":2}");
        assertEquals(201, created.statusCode(), created.body());
        JsonObject manifest = json(created.body());
        String one = manifests + "/" + manifest.getString("id");
        assertEquals("Pending", manifest.getString("state"));
        assertEquals(7 * 24 * 3600, manifest.getJsonNumber("runBefore").longValue()
                - manifest.getJsonNumber("runAfter").longValue());

        HttpResponse<String> listed = admin.get(admin.https(), manifests + "?limit=5");
        assertEquals(200, listed.statusCode(), listed.body());
        assertEquals(1, json(listed.body()).getJsonArray("value").size());
        assertEquals(manifest, json(admin.get(admin.https(), one).body()));

        HttpResponse<String> cancelled = post(one + "/cancel");
        assertEquals(200, cancelled.statusCode(), cancelled.body());
        assertEquals("Cancelled", json(cancelled.body()).getString("state"));
        assertError(post(one + "/cancel"), 406, "PropertyChangeNotAllowed", "cannot cancel task in state Cancelled");

        HttpResponse<String> deleted = admin.send(HttpRequest.newBuilder(admin.uri(one)).DELETE());
        assertEquals(200, deleted.statusCode(), deleted.body());
        assertEquals("{}\n", deleted.body());
        assertError(admin.get(admin.https(), one), 404, "NotFound",
                "manifest not found: " + manifest.getString("id"));

        assertParameterError(put(manifests, "{\"maintenanceTaskID\":\"not-a-task\"}"), "maintenanceTaskID",
                "'not-a-task' is not a known maintenance task.");
        assertParameterError(put(manifests, "{\"maintenanceTaskID\":\"" + TASK + "\",\"runAfter\":20,\"runBefore\":10}"),
                "runBefore", "Must be after runAfter");
        String missing = manifests.replace("/mimo/", "/nothing/");
        HttpResponse<String> noCluster = admin.get(admin.https(), missing);
        assertEquals(404, noCluster.statusCode(), noCluster.body());
        assertEquals("NotFound", json(noCluster.body()).getJsonObject("error").getString("code"));
    }

    @Test
    void schedulesAndTheQueueAcrossClusters() throws Exception {
        String schedule = "{\"maintenanceTaskID\":\"" + TASK + "\",\"state\":\"%s\",\"schedule\":\"Mon *-*-* 01:00:00\","
                + "\"scheduleAcross\":\"24h\",\"selectors\":[{\"key\":\"subscriptionState\",\"operator\":\"eq\","
                + "\"value\":\"Registered\"}]%s}";
        HttpResponse<String> created = put("/admin/maintenanceschedules", schedule.formatted("Enabled", ""));
        assertEquals(201, created.statusCode(), created.body());
        String scheduleId = json(created.body()).getString("id");
        HttpResponse<String> updated = put("/admin/maintenanceschedules",
                schedule.formatted("Disabled", ",\"id\":\"" + scheduleId + "\""));
        assertEquals(200, updated.statusCode(), updated.body());
        assertEquals("Disabled", json(admin.get(admin.https(), "/admin/maintenanceschedules/" + scheduleId).body())
                .getString("state"));
        assertTrue(admin.get(admin.https(), "/admin/maintenanceschedules").body().contains(scheduleId));
        assertError(admin.get(admin.https(), "/admin/maintenanceschedules/nope"), 404, "NotFound",
                "schedule not found: nope");
        assertParameterError(put("/admin/maintenanceschedules", schedule.formatted("Enabled", "")
                .replace("24h", "a day")), "scheduleAcross", "Must be a valid time.Duration: invalid duration \"a day\"");

        String cluster = "/admin" + ArmSetup.createdCluster(arm, "queued");
        HttpResponse<String> manifest = put(cluster + "/maintenancemanifests", "{\"maintenanceTaskID\":\"" + TASK
                + "\",\"createdBySchedule\":\"" + scheduleId + "\"}");
        assertEquals(201, manifest.statusCode(), manifest.body());
        String manifestId = json(manifest.body()).getString("id");
        HttpResponse<String> queued = admin.get(admin.https(), "/admin/maintenancemanifests/queued?limit=100");
        assertEquals(200, queued.statusCode(), queued.body());
        assertTrue(queued.body().contains(manifestId), queued.body());
        assertTrue(queued.body().contains("\"clusterResourceID\""), "the queue names each manifest's cluster");

        HttpResponse<String> cancelled = post("/admin/maintenancemanifests/cancel?scheduleID=" + scheduleId);
        assertEquals(200, cancelled.statusCode(), cancelled.body());
        assertEquals(manifestId, json(cancelled.body()).getJsonArray("value").getJsonObject(0).getString("id"));
        assertFalse(admin.get(admin.https(), "/admin/maintenancemanifests/queued").body().contains(manifestId));
        assertParameterError(post("/admin/maintenancemanifests/cancel"), "scheduleID", "Must be provided");
    }

    private HttpResponse<String> put(String path, String body) throws Exception {
        return admin.send(HttpRequest.newBuilder(admin.uri(path)).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body)));
    }

    private HttpResponse<String> post(String path) throws Exception {
        return admin.send(HttpRequest.newBuilder(admin.uri(path)).POST(HttpRequest.BodyPublishers.noBody()));
    }

    /** The customer API answers from caches; the writer's own cache is current at once, others within seconds. */
    private void awaitBody(String path, Predicate<String> condition) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        HttpResponse<String> response;
        do {
            response = arm.get(arm.https(), path);
            assertEquals(200, response.statusCode(), response.body());
            if (condition.test(response.body())) {
                return;
            }
            Thread.sleep(200);
        } while (Instant.now().isBefore(deadline));
        throw new AssertionError("the customer list did not follow the admin write: " + response.body());
    }

    private static void assertParameterError(HttpResponse<String> response, String target, String message) {
        assertError(response, 400, "InvalidParameter", message);
        assertEquals(target, json(response.body()).getJsonObject("error").getString("target"));
    }
}
