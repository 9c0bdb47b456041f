package io.arorp.env.azure;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.arorp.env.azure.AzureStub.arm;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.arorp.api.CloudException;
import io.arorp.env.cloud.PrivateEndpoints;
import org.junit.jupiter.api.Test;

class AzurePrivateEndpointsTest extends AzureStubTest {
    static final String VERSION = "2024-10-01";
    static final String RP_GROUP = "/subscriptions/" + AzureStub.RP_SUBSCRIPTION + "/resourceGroups/rp-eastus";
    static final String SUBNET = RP_GROUP + "/providers/Microsoft.Network/virtualNetworks/rp-pe-vnet-001/subnets/"
            + "rp-pe-subnet";
    static final String RP_PE = RP_GROUP + "/providers/Microsoft.Network/privateEndpoints/rp-pe-doc1";
    static final String PLS = SUB + "/resourceGroups/aro-c1/providers/Microsoft.Network/privateLinkServices/c1-pls";
    static final String CLUSTER_PE = SUB + "/resourceGroups/aro-c1/providers/Microsoft.Network/privateEndpoints/c1-pe";
    static final String GATEWAY_PLS = "/subscriptions/" + AzureStub.RP_SUBSCRIPTION + "/resourceGroups/gwy-eastus"
            + "/providers/Microsoft.Network/privateLinkServices/gateway-pls-001";
    static final RpResources RP = new RpResources(SUBNET, "gwy-eastus", "/subscriptions/"
            + AzureStub.RP_SUBSCRIPTION + "/resourceGroups/global/providers/Microsoft.ContainerRegistry/registries/"
            + "arointsvc", "azurecr.io");

    @Test
    void createsTheRpsEndpointInItsSubnetFollowsTheOperationAndReadsItsAddress() {
        azure.server.stubFor(put(arm(RP_PE)).willReturn(accepted(201, endpoint(RP_PE, "Updating", null),
                "/operations/op-pe")));
        azure.server.stubFor(get(urlPathEqualTo("/operations/op-pe")).inScenario("pe")
                .whenScenarioStateIs(Scenario.STARTED).willReturn(status("InProgress")).willSetStateTo("done"));
        azure.server.stubFor(get(urlPathEqualTo("/operations/op-pe")).inScenario("pe")
                .whenScenarioStateIs("done").willReturn(status("Succeeded")));
        azure.server.stubFor(get(arm(RP_PE)).willReturn(json(200, endpoint(RP_PE, "Succeeded", "10.0.4.5"))));

        PrivateEndpoints.PrivateEndpoint pe = azure.cloud.privateEndpoints(RP).ensureRpPrivateEndpoint("rp-pe-doc1",
                "eastus", PLS);

        assertEquals(new PrivateEndpoints.PrivateEndpoint(RP_PE, "10.0.4.5", PLS), pe);
        azure.server.verify(putRequestedFor(arm(RP_PE)).withQueryParam("api-version", equalTo(VERSION))
                .withHeader("Authorization", equalTo(RP_TOKEN))
                .withRequestBody(equalToJson("{\"location\":\"eastus\",\"properties\":{\"subnet\":{\"id\":\""
                        + SUBNET + "\"},\"manualPrivateLinkServiceConnections\":[{\"name\":\"rp-plsconnection\","
                        + "\"properties\":{\"privateLinkServiceId\":\"" + PLS + "\"}}]}}")));
        azure.server.verify(2, getRequestedFor(urlPathEqualTo("/operations/op-pe")));
        azure.server.verify(getRequestedFor(arm(RP_PE)).withQueryParam("$expand", equalTo("networkInterfaces")));
    }

    @Test
    void retriesAThrottledPutAfterRetryAfterAndMapsAzuresRefusal() {
        azure.server.stubFor(put(arm(RP_PE)).inScenario("throttle").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(error(429, "TooManyRequests", "slow down").withHeader("Retry-After", "1"))
                .willSetStateTo("refuse"));
        azure.server.stubFor(put(arm(RP_PE)).inScenario("throttle").whenScenarioStateIs("refuse")
                .willReturn(error(400, "PrivateLinkServiceNotFound", "Private link service " + PLS
                        + " not found.")));

        CloudException e = assertThrows(CloudException.class, () -> azure.cloud.privateEndpoints(RP)
                .ensureRpPrivateEndpoint("rp-pe-doc1", "eastus", PLS));

        assertEquals(400, e.status());
        assertEquals("PrivateLinkServiceNotFound", e.code());
        azure.server.verify(2, putRequestedFor(arm(RP_PE)));
    }

    @Test
    void deletesTheEndpointThroughItsOperationAndTakesAMissingOneAsDone() {
        deleteThenGone(RP_PE, "/operations/op-delete");

        azure.cloud.privateEndpoints(RP).deleteRpPrivateEndpoint("rp-pe-doc1");
        azure.cloud.privateEndpoints(RP).deleteRpPrivateEndpoint("rp-pe-doc1");

        azure.server.verify(2, deleteRequestedFor(arm(RP_PE)).withQueryParam("api-version", equalTo(VERSION))
                .withHeader("Authorization", equalTo(RP_TOKEN)));
        azure.server.verify(getRequestedFor(urlPathEqualTo("/operations/op-delete")));
    }

    @Test
    void approvesThePendingGatewayConnectionOfTheClustersEndpointOnce() {
        String connection = GATEWAY_PLS + "/privateEndpointConnections/gateway-pls-001.c1-pe";
        azure.server.stubFor(get(arm(CLUSTER_PE)).willReturn(json(200, endpoint(CLUSTER_PE, "Succeeded",
                "10.0.0.9"))));
        azure.server.stubFor(get(arm(GATEWAY_PLS)).inScenario("approve").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(json(200, gateway("Pending"))));
        azure.server.stubFor(put(arm(connection)).inScenario("approve").willSetStateTo("approved")
                .willReturn(json(200, "{\"name\":\"gateway-pls-001.c1-pe\",\"properties\":{"
                        + "\"privateLinkServiceConnectionState\":{\"status\":\"Approved\"}}}")));
        azure.server.stubFor(get(arm(GATEWAY_PLS)).inScenario("approve").whenScenarioStateIs("approved")
                .willReturn(json(200, gateway("Approved"))));

        PrivateEndpoints.GatewayConnection first = azure.cloud.privateEndpoints(RP)
                .approveGatewayConnection(CLUSTER_PE);
        PrivateEndpoints.GatewayConnection again = azure.cloud.privateEndpoints(RP)
                .approveGatewayConnection(CLUSTER_PE);

        assertEquals(new PrivateEndpoints.GatewayConnection("10.0.0.9", "536870913"), first);
        assertEquals(first, again);
        azure.server.verify(getRequestedFor(arm(CLUSTER_PE)).withHeader("Authorization", equalTo(CUSTOMER_TOKEN))
                .withQueryParam("$expand", equalTo("networkInterfaces")));
        azure.server.verify(getRequestedFor(arm(GATEWAY_PLS)).withHeader("Authorization", equalTo(RP_TOKEN)));
        azure.server.verify(1, putRequestedFor(arm(connection)).withQueryParam("api-version", equalTo(VERSION))
                .withRequestBody(equalToJson("{\"name\":\"gateway-pls-001.c1-pe\",\"properties\":{"
                        + "\"privateLinkServiceConnectionState\":{\"status\":\"Approved\",\"description\":"
                        + "\"Approved\"}}}", true, true)));
    }

    static String endpoint(String id, String state, String ip) {
        String nics = ip == null ? "" : ",\"networkInterfaces\":[{\"id\":\"" + id + "-nic\",\"properties\":{"
                + "\"ipConfigurations\":[{\"name\":\"ipconfig\",\"properties\":{\"privateIPAddress\":\"" + ip
                + "\"}}]}}]";
        return "{\"id\":\"" + id + "\",\"location\":\"eastus\",\"properties\":{\"provisioningState\":\"" + state
                + "\"" + nics + "}}";
    }

    /** The gateway's service with one connection from another cluster and one from this cluster's endpoint. */
    static String gateway(String status) {
        return "{\"id\":\"" + GATEWAY_PLS + "\",\"location\":\"eastus\",\"properties\":{\"privateEndpointConnections\":["
                + connection("gateway-pls-001.other", CLUSTER_PE.replace("c1-pe", "c2-pe"), "Approved", "7")
                + "," + connection("gateway-pls-001.c1-pe", CLUSTER_PE, status, "536870913") + "]}}";
    }

    private static String connection(String name, String endpoint, String status, String link) {
        return "{\"id\":\"" + GATEWAY_PLS + "/privateEndpointConnections/" + name + "\",\"name\":\"" + name
                + "\",\"properties\":{\"privateEndpoint\":{\"id\":\"" + endpoint + "\"},"
                + "\"privateLinkServiceConnectionState\":{\"status\":\"" + status + "\"},\"linkIdentifier\":\""
                + link + "\"}}";
    }
}
