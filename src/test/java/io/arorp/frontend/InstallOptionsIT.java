package io.arorp.frontend;

import static io.arorp.frontend.ArmErrorsIT.assertError;
import static io.arorp.frontend.ArmErrorsIT.json;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.arorp.testing.Deployments;
import io.arorp.testing.RpClient;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The OpenShift versions (seeded in the test environment) and role sets a location offers, per api-version. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class InstallOptionsIT {
    private final RpClient rp = new RpClient();
    private final String location = "/subscriptions/" + UUID.randomUUID()
            + "/providers/Microsoft.RedHatOpenShift/locations/eastus";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.packagedWar();
    }

    @Test
    void enabledVersionsAreListedNewestFirstAsProxyResources() throws Exception {
        HttpResponse<String> response = rp.get(rp.https(), location + "/openShiftVersions?api-version=2025-07-25");
        assertEquals(200, response.statusCode(), response.body());
        JsonObject first = json(response.body()).getJsonArray("value").getJsonObject(0);
        assertEquals("4.15.35", first.getString("name"));
        assertEquals("Microsoft.RedHatOpenShift/OpenShiftVersion", first.getString("type"));
        assertEquals(location + "/openShiftVersions/4.15.35", first.getString("id"));
        assertEquals("4.15.35", first.getJsonObject("properties").getString("version"));
        assertEquals(2, json(response.body()).getJsonArray("value").size());
    }

    @Test
    void oneVersionOrARecognisableErrorForAnUnknownOne() throws Exception {
        HttpResponse<String> one = rp.get(rp.https(), location + "/openShiftVersions/4.14.38?api-version=2025-07-25");
        assertEquals(200, one.statusCode(), one.body());
        assertEquals("4.14.38", json(one.body()).getString("name"));
        assertError(rp.get(rp.https(), location + "/openShiftVersions/4.1.0?api-version=2025-07-25"), 400,
                "ResourceNotFound", "The Resource openShiftVersion with version '4.1.0' was not found in the "
                        + "namespace 'Microsoft.RedHatOpenShift' for api version '2025-07-25'.");
    }

    @Test
    void versionsDoNotExistInApiVersionsThatPredateThem() throws Exception {
        assertError(rp.get(rp.https(), location + "/openShiftVersions?api-version=2022-04-01"), 400,
                "InvalidResourceType", "The resource type 'openShiftVersions' could not be found in the namespace "
                        + "'Microsoft.RedHatOpenShift' for api version '2022-04-01'.");
    }

    @Test
    void roleSetsAreListedAndAnUnknownMinorVersionIsNotFound() throws Exception {
        HttpResponse<String> list = rp.get(rp.https(), location
                + "/platformWorkloadIdentityRoleSets?api-version=2025-07-25");
        assertEquals(200, list.statusCode(), list.body());
        assertError(rp.get(rp.https(), location + "/platformWorkloadIdentityRoleSets/4.1?api-version=2025-07-25"),
                400, "ResourceNotFound", "The Resource platformWorkloadIdentityRoleSet with version '4.1' was not "
                        + "found in the namespace 'Microsoft.RedHatOpenShift' for api version '2025-07-25'.");
    }

    @Test
    void aLocationThisRpDoesNotServeIsRejected() throws Exception {
        String other = location.replace("/eastus", "/westeurope");
        assertError(rp.get(rp.https(), other + "/openShiftVersions?api-version=2025-07-25"), 400, "InvalidLocation",
                "The provided location 'westeurope' is malformed or invalid.");
    }
}
