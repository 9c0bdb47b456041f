package io.arorp.env.azure;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static io.arorp.env.azure.AzureStub.arm;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.arorp.api.CloudException;
import io.arorp.env.cloud.CloudResource;
import org.junit.jupiter.api.Test;

class AzureResourceGroupsTest extends AzureStubTest {
    static final String RG = "/subscriptions/" + AzureStub.SUBSCRIPTION + "/resourceGroups/aro-abc";
    static final String CLUSTER = "/subscriptions/" + AzureStub.SUBSCRIPTION
            + "/resourceGroups/rg/providers/Microsoft.RedHatOpenShift/openShiftClusters/c1";
    static final String VERSION = "2025-04-01";
    @Test
    void createsAMissingGroupManagedByTheClusterWithATokenOfTheCustomersTenant() {
        azure.server.stubFor(get(arm(RG)).willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"error\":{\"code\":\"ResourceGroupNotFound\",\"message\":\"not found\"}}")));
        azure.server.stubFor(put(arm(RG)).willReturn(okJson(group("eastus", CLUSTER))));

        CloudResource group = azure.cloud.resourceGroups().createOrUpdate(RG, "eastus", CLUSTER);

        assertEquals(CLUSTER, group.managedBy());
        azure.server.verify(putRequestedFor(arm(RG)).withQueryParam("api-version", equalTo(VERSION))
                .withHeader("Authorization", equalTo("Bearer token-" + AzureStub.CUSTOMER_TENANT))
                .withRequestBody(equalToJson("{\"location\":\"eastus\",\"managedBy\":\"" + CLUSTER + "\"}")));
    }

    @Test
    void refusesAGroupManagedBySomethingElseWithoutWritingIt() {
        azure.server.stubFor(get(arm(RG)).willReturn(okJson(group("eastus", "/subscriptions/x/other"))));

        CloudException e = assertThrows(CloudException.class,
                () -> azure.cloud.resourceGroups().createOrUpdate(RG, "eastus", CLUSTER));

        assertEquals("ResourceGroupManagedByMismatch", e.code());
        azure.server.verify(0, putRequestedFor(arm(RG)));
    }

    @Test
    void retriesAThrottledReadAfterRetryAfter() {
        azure.server.stubFor(get(arm(RG)).inScenario("throttle").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "1")
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"error\":{\"code\":\"TooManyRequests\",\"message\":\"slow down\"}}"))
                .willSetStateTo("ok"));
        azure.server.stubFor(get(arm(RG)).inScenario("throttle").whenScenarioStateIs("ok")
                .willReturn(okJson(group("eastus", null))));

        long start = System.nanoTime();
        assertTrue(azure.cloud.resourceGroups().get(RG).isPresent());

        assertTrue(System.nanoTime() - start >= 900_000_000L, "waited the Retry-After second");
        azure.server.verify(2, getRequestedFor(arm(RG)));
    }

    @Test
    void retriesAuthorizationFailedWhileRoleAssignmentsPropagateThenGivesUp() {
        azure.server.stubFor(get(arm(RG)).willReturn(aResponse().withStatus(403)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"error\":{\"code\":\"AuthorizationFailed\",\"message\":\"no access\"}}")));

        CloudException e = assertThrows(CloudException.class, () -> azure.cloud.resourceGroups().get(RG));

        assertEquals(403, e.status());
        assertEquals("AuthorizationFailed", e.code());
        int calls = azure.server.findAll(getRequestedFor(arm(RG))).size();
        assertTrue(calls >= 3, "retried while the RBAC window lasted: " + calls);
    }

    @Test
    void deletesThroughTheLongRunningOperationAndTakesAMissingGroupAsDone() {
        String location = azure.base() + "subscriptions/" + AzureStub.SUBSCRIPTION + "/operationresults/op1";
        azure.server.stubFor(delete(arm(RG)).willReturn(aResponse().withStatus(202)
                .withHeader("Location", location).withHeader("Retry-After", "1")));
        azure.server.stubFor(get(arm("/subscriptions/" + AzureStub.SUBSCRIPTION + "/operationresults/op1"))
                .inScenario("lro").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(202).withHeader("Location", location)
                        .withHeader("Retry-After", "1")).willSetStateTo("done"));
        azure.server.stubFor(get(arm("/subscriptions/" + AzureStub.SUBSCRIPTION + "/operationresults/op1"))
                .inScenario("lro").whenScenarioStateIs("done").willReturn(aResponse().withStatus(200)));

        azure.cloud.resourceGroups().delete(RG);

        azure.server.verify(deleteRequestedFor(arm(RG)).withQueryParam("api-version", equalTo(VERSION)));
        azure.server.verify(2, getRequestedFor(arm("/subscriptions/" + AzureStub.SUBSCRIPTION
                + "/operationresults/op1")));

        azure.server.stubFor(delete(arm(RG)).willReturn(aResponse().withStatus(404)));
        azure.cloud.resourceGroups().delete(RG);
    }

    static String group(String location, String managedBy) {
        return "{\"id\":\"" + RG + "\",\"name\":\"aro-abc\",\"type\":\"Microsoft.Resources/resourceGroups\","
                + "\"location\":\"" + location + "\"" + (managedBy == null ? "" : ",\"managedBy\":\"" + managedBy + "\"")
                + ",\"properties\":{\"provisioningState\":\"Succeeded\"}}";
    }
}
