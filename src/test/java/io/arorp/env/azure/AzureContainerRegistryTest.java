package io.arorp.env.azure;

import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.arorp.env.azure.AzureStub.arm;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.arorp.env.cloud.ContainerRegistry;
import org.junit.jupiter.api.Test;

/**
 * The registry sits in a global subscription no customer registered: every call carries a first-party token of the
 * RP's tenant.
 */
class AzureContainerRegistryTest extends AzureStubTest {
    static final String VERSION = "2025-11-01";
    static final String ACR = "/subscriptions/44444444-0000-0000-0000-000000000004/resourceGroups/global"
            + "/providers/Microsoft.ContainerRegistry/registries/arointsvc";
    static final String TOKEN = ACR + "/tokens/token-1";
    static final RpResources RP = new RpResources(AzurePrivateEndpointsTest.SUBNET, "gwy-eastus", ACR,
            "azurecr.io");

    private ContainerRegistry registry() {
        return azure.cloud.containerRegistry(RP);
    }

    @Test
    void theLoginServerIsTheRegistrysNameInTheCloudsSuffix() {
        assertEquals("arointsvc.azurecr.io", registry().loginServer());
    }

    @Test
    void createsAMissingPullTokenThroughItsOperationAndIssuesItsFirstPassword() {
        azure.server.stubFor(get(arm(TOKEN)).inScenario("token").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(error(404, "ResourceNotFound", "no token")));
        azure.server.stubFor(put(arm(TOKEN)).inScenario("token").willSetStateTo("creating")
                .willReturn(accepted(201, token("Creating", ""), "/operations/op-token")));
        azure.server.stubFor(get(urlPathEqualTo("/operations/op-token")).inScenario("token")
                .whenScenarioStateIs("creating").willReturn(status("InProgress")).willSetStateTo("created"));
        azure.server.stubFor(get(urlPathEqualTo("/operations/op-token")).inScenario("token")
                .whenScenarioStateIs("created").willReturn(status("Succeeded")));
        azure.server.stubFor(get(arm(TOKEN)).inScenario("token").whenScenarioStateIs("created")
                .willReturn(json(200, token("Succeeded", ""))));
        azure.server.stubFor(post(arm(ACR + "/generateCredentials")).willReturn(json(200, credentials("password1",
                "s3cret-1"))));

        assertEquals("s3cret-1", registry().issuePassword("token-1").reveal());

        azure.server.verify(putRequestedFor(arm(TOKEN)).withQueryParam("api-version", equalTo(VERSION))
                .withHeader("Authorization", equalTo(RP_TOKEN))
                .withRequestBody(equalToJson("{\"properties\":{\"scopeMapId\":\"" + ACR
                        + "/scopeMaps/_repositories_pull\",\"status\":\"enabled\"}}")));
        azure.server.verify(2, getRequestedFor(urlPathEqualTo("/operations/op-token")));
        azure.server.verify(postRequestedFor(arm(ACR + "/generateCredentials"))
                .withQueryParam("api-version", equalTo(VERSION)).withHeader("Authorization", equalTo(RP_TOKEN))
                .withRequestBody(equalToJson("{\"tokenId\":\"" + TOKEN + "\",\"name\":\"password1\"}")));
    }

    @Test
    void rotationReplacesTheOlderPasswordAfterAThrottledAttempt() {
        azure.server.stubFor(get(arm(TOKEN)).willReturn(json(200, token("Succeeded",
                "{\"name\":\"password1\",\"creationTime\":\"2026-11-02T10:00:00Z\"},"
                        + "{\"name\":\"password2\",\"creationTime\":\"2026-10-01T10:00:00Z\"}"))));
        azure.server.stubFor(post(arm(ACR + "/generateCredentials")).inScenario("throttle")
                .whenScenarioStateIs(Scenario.STARTED).willSetStateTo("ok")
                .willReturn(error(429, "TooManyRequests", "slow down").withHeader("Retry-After", "1")));
        azure.server.stubFor(post(arm(ACR + "/generateCredentials")).inScenario("throttle")
                .whenScenarioStateIs("ok").willReturn(json(200, credentials("password2", "s3cret-2"))));

        assertEquals("s3cret-2", registry().issuePassword("token-1").reveal());

        azure.server.verify(0, putRequestedFor(arm(TOKEN)));
        azure.server.verify(2, postRequestedFor(arm(ACR + "/generateCredentials"))
                .withRequestBody(equalToJson("{\"tokenId\":\"" + TOKEN + "\",\"name\":\"password2\"}")));
    }

    @Test
    void deletesTheTokenAndTakesAMissingOneAsDone() {
        deleteThenGone(TOKEN, "/operations/op-delete");

        registry().deleteToken("token-1");
        registry().deleteToken("token-1");

        azure.server.verify(2, deleteRequestedFor(arm(TOKEN)).withQueryParam("api-version", equalTo(VERSION))
                .withHeader("Authorization", equalTo(RP_TOKEN)));
        azure.server.verify(getRequestedFor(urlPathEqualTo("/operations/op-delete")));
    }

    static String token(String state, String passwords) {
        return "{\"id\":\"" + TOKEN + "\",\"name\":\"token-1\",\"properties\":{\"scopeMapId\":\"" + ACR
                + "/scopeMaps/_repositories_pull\",\"status\":\"enabled\",\"provisioningState\":\"" + state
                + "\",\"credentials\":{\"passwords\":[" + passwords + "]}}}";
    }

    static String credentials(String name, String value) {
        return "{\"username\":\"token-1\",\"passwords\":[{\"name\":\"" + name + "\",\"value\":\"" + value
                + "\",\"creationTime\":\"2026-12-04T08:00:00Z\"}]}";
    }
}
