package io.arorp.frontend;

import static io.arorp.frontend.ArmErrorsIT.assertError;
import static io.arorp.testing.ArmCalls.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.arorp.testing.ArmCalls;
import io.arorp.testing.ClusterBodies;
import io.arorp.testing.Deployments;
import io.arorp.testing.RpClient;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What a create learns from Azure and from the role sets before any intent is written (quota, SKUs, encryption at
 * host, providers, workload identities; the simulated cloud set up through /admin/simulation), preflight of a
 * workload-identity cluster, and a GET that shows the live cluster's worker profiles.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CreateChecksIT {
    private static final String WI_HEADERS_URL = "https://bogus.identity.azure.net/subscriptions/x/identity";
    private final ArmCalls arm = new ArmCalls(new RpClient());

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.packagedWar();
    }

    @Test
    void aSubscriptionShortOfCoresGetsTheQuotaErrorAndNothingIsWritten() throws Exception {
        String s = arm.registered();
        arm.simulate(usage(s, "cores"), "Microsoft.Compute/locations/usages", "{\"limit\": 40, \"currentValue\": 0}");
        String id = ClusterBodies.clusterId(s, "rg", "short");
        assertError(arm.put(id, ClusterBodies.create(s, "short")), 400, "ResourceQuotaExceeded",
                "Resource quota of cores exceeded. Maximum allowed: 40, Current in use: 0, Additional requested: 44.");
        assertEquals(404, arm.get(id).statusCode(), "a refused create writes nothing");
    }

    @Test
    void anUnregisteredProviderIsRefused() throws Exception {
        String s = arm.registered();
        arm.simulate("/subscriptions/" + s + "/providers/Microsoft.Storage", "Microsoft.Resources/providers",
                "{\"registrationState\": \"NotRegistered\"}");
        assertError(arm.put(ClusterBodies.clusterId(s, "rg", "np"), ClusterBodies.create(s, "np")), 400,
                "ResourceProviderNotRegistered", "The resource provider 'Microsoft.Storage' is not registered.");
    }

    @Test
    void aRestrictedMasterSizeIsRefusedWithItsTarget() throws Exception {
        String s = arm.registered();
        arm.simulate(sku(s, "Standard_D8s_v3"), "Microsoft.Compute/skus", "{\"restricted\": true}");
        HttpResponse<String> response = arm.put(ClusterBodies.clusterId(s, "rg", "sku"), ClusterBodies.create(s, "sku"));
        assertError(response, 400, "InvalidParameter",
                "The selected SKU 'Standard_D8s_v3' is restricted in region 'eastus' for selected subscription");
        assertEquals("properties.masterProfile.VMSize", json(response.body()).getJsonObject("error").getString("target"));
    }

    @Test
    void encryptionAtHostNeedsTheFeatureRegistered() throws Exception {
        String s = arm.registered();
        arm.simulate("/subscriptions/" + s + "/providers/Microsoft.Features/providers/Microsoft.Compute/features/"
                + "EncryptionAtHost", "Microsoft.Features/providers/features", "{\"state\": \"NotRegistered\"}");
        String withMaster = ClusterBodies.create(s, "eah").replace("/subnets/master\"}",
                "/subnets/master\", \"encryptionAtHost\": \"Enabled\"}");
        HttpResponse<String> response = arm.put(ClusterBodies.clusterId(s, "rg", "eah"), withMaster);
        assertError(response, 400, "InvalidParameter", "Microsoft.Compute/EncryptionAtHost feature is not enabled for "
                + "this subscription. Register the feature using 'az feature register --namespace Microsoft.Compute "
                + "--name EncryptionAtHost'");
        assertEquals(201, arm.put(ClusterBodies.clusterId(s, "rg", "eah"), ClusterBodies.create(s, "eah"))
                .statusCode(), "without encryption at host the feature does not matter");
    }

    @Test
    void aHungAzureCallCostsTheCreateTheTimeoutNotMore() throws Exception {
        String s = arm.registered();
        String fault = arm.fault("{\"operation\": \"skus.get\", \"match\": \"" + s + "\", \"hold\": true}");
        String id = ClusterBodies.clusterId(s, "rg", "hung");
        long start = System.nanoTime();
        HttpResponse<String> response;
        try {
            response = arm.put(id, ClusterBodies.create(s, "hung"));
        } finally {
            arm.removeFault(fault);
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertError(response, 500, "InternalServerError", "Internal server error.");
        assertTrue(millis < 30_000, "answered after " + millis + " ms (timeout 10 s)");
        assertEquals(201, arm.put(id, ClusterBodies.create(s, "hung")).statusCode(), response.body());
    }

    @Test
    void aWorkloadIdentityClusterNeedsExactlyItsRoleSetsIdentities() throws Exception {
        String s = arm.registered();
        String id = ClusterBodies.clusterId(s, "rg", "wi");
        List<String> oneShort = ClusterBodies.SEEDED_OPERATORS.subList(0, 7);
        HttpResponse<String> mismatch = arm.put(id, ClusterBodies.createWithWorkloadIdentity(s, "wi", oneShort),
                "x-ms-identity-url", WI_HEADERS_URL, "x-ms-home-tenant-id", s);
        assertError(mismatch, 400, "PlatformWorkloadIdentityMismatch", "There's a mismatch between the required and "
                + "expected set of platform workload identities for the requested OpenShift minor version '4.15'. The "
                + "required platform workload identities are '[" + String.join(" ", ClusterBodies.SEEDED_OPERATORS)
                + "]'");
        assertEquals("properties.platformWorkloadIdentityProfile.platformWorkloadIdentities",
                json(mismatch.body()).getJsonObject("error").getString("target"));
        HttpResponse<String> created = arm.put(id, ClusterBodies.createWithWorkloadIdentity(s, "wi",
                ClusterBodies.SEEDED_OPERATORS), "x-ms-identity-url", WI_HEADERS_URL, "x-ms-home-tenant-id", s);
        assertEquals(201, created.statusCode(), created.body());
    }

    @Test
    void preflightChecksAWorkloadIdentityClusterWithoutIdentityHeaders() throws Exception {
        String s = arm.registered();
        String preflight = "/subscriptions/" + s + "/resourceGroups/rg/providers/Microsoft.RedHatOpenShift/deployments/"
                + "d1/preflight" + ArmCalls.API;
        HttpResponse<String> ok = arm.post(preflight, resources(s, ClusterBodies.SEEDED_OPERATORS));
        assertEquals(200, ok.statusCode(), ok.body());
        assertEquals("Succeeded", json(ok.body()).getString("status"), ok.body());
        HttpResponse<String> bad = arm.post(preflight, resources(s, ClusterBodies.SEEDED_OPERATORS.subList(1, 8)));
        assertEquals("Failed", json(bad.body()).getString("status"), bad.body());
        assertEquals("PlatformWorkloadIdentityMismatch", json(bad.body()).getJsonObject("error").getString("code"));
    }

    @Test
    void getShowsTheWorkerProfilesTheClusterRuns() throws Exception {
        String s = arm.registered();
        String id = ClusterBodies.clusterId(s, "rg", "live");
        HttpResponse<String> created = arm.put(id, ClusterBodies.create(s, "live"));
        assertEquals(201, created.statusCode(), created.body());
        assertFalse(json(created.body()).getJsonObject("properties").containsKey("workerProfilesStatus"),
                "a PUT answer has no live status");
        arm.awaitState(id, "Succeeded", Duration.ofSeconds(120));
        JsonObject properties = json(arm.get(id).body()).getJsonObject("properties");
        JsonArray status = properties.getJsonArray("workerProfilesStatus");
        assertEquals(3, status.size(), properties.toString());
        int count = 0;
        for (JsonObject profile : status.getValuesAs(JsonObject.class)) {
            assertTrue(profile.getString("name").contains("-worker-eastus"), profile.toString());
            assertEquals("Standard_D4s_v3", profile.getString("vmSize"));
            assertEquals(128, profile.getInt("diskSizeGB"));
            assertTrue(profile.getString("subnetId").endsWith("/virtualNetworks/vnet-live/subnets/worker"),
                    profile.getString("subnetId"));
            count += profile.getInt("count");
        }
        assertEquals(3, count, "the MachineSets' replicas add up to the requested workers");
    }

    private static String resources(String s, List<String> operators) {
        return "{\"resources\": [" + ClusterBodies.createWithWorkloadIdentity(s, "pwi", operators).replaceFirst("\\{",
                "{\"name\": \"pwi\", \"type\": \"Microsoft.RedHatOpenShift/openShiftClusters\", \"apiVersion\": "
                        + "\"2025-07-25\", ") + "]}";
    }

    private static String usage(String s, String name) {
        return "/subscriptions/" + s + "/providers/Microsoft.Compute/locations/eastus/usages/" + name;
    }

    private static String sku(String s, String size) {
        return "/subscriptions/" + s + "/providers/Microsoft.Compute/locations/eastus/skus/" + size;
    }
}
