package io.arorp.env.azure;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.arorp.env.azure.AzureStub.arm;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.arorp.env.cloud.Networks;
import java.util.List;
import org.junit.jupiter.api.Test;

class AzureNetworksTest extends AzureStubTest {
    static final String VERSION = "2024-10-01";
    static final String VNET = SUB + "/resourceGroups/net/providers/Microsoft.Network/virtualNetworks/vnet";
    static final String SUBNET = VNET + "/subnets/master";
    static final String NSG = SUB + "/resourceGroups/aro-c1/providers/Microsoft.Network/networkSecurityGroups/c1-nsg";
    static final String ROUTES = SUB + "/resourceGroups/net/providers/Microsoft.Network/routeTables/rt";
    static final String NAT = SUB + "/resourceGroups/net/providers/Microsoft.Network/natGateways/nat";

    @Test
    void readsTheVirtualNetworkAndItsSubnetAndTakesA404AsAbsent() {
        azure.server.stubFor(get(arm(VNET)).willReturn(json(200, "{\"id\":\"" + VNET + "\",\"location\":\"eastus\","
                + "\"properties\":{\"addressSpace\":{\"addressPrefixes\":[\"10.0.0.0/16\"]}}}")));
        azure.server.stubFor(get(arm(SUBNET)).willReturn(json(200, subnet("\"privateLinkServiceNetworkPolicies\":"
                + "\"Disabled\",\"serviceEndpoints\":[{\"service\":\"Microsoft.Storage\"}],\"routeTable\":{\"id\":\""
                + ROUTES + "\"},\"natGateway\":{\"id\":\"" + NAT + "\"},\"provisioningState\":\"Succeeded\""))));
        azure.server.stubFor(get(arm(VNET + "/subnets/gone")).willReturn(error(404, "NotFound", "gone")));

        Networks.VirtualNetwork vnet = azure.cloud.networks().virtualNetwork(VNET).orElseThrow();
        Networks.Subnet subnet = azure.cloud.networks().subnet(SUBNET).orElseThrow();

        assertEquals(new Networks.VirtualNetwork(VNET, "eastus", List.of("10.0.0.0/16")), vnet);
        assertEquals(new Networks.Subnet(SUBNET, "10.0.0.0/24", null, List.of("Microsoft.Storage"), true, ROUTES, NAT,
                "Succeeded"), subnet);
        assertTrue(azure.cloud.networks().subnet(VNET + "/subnets/gone").isEmpty());
        azure.server.verify(getRequestedFor(arm(SUBNET)).withQueryParam("api-version", equalTo(VERSION))
                .withHeader("Authorization", equalTo(CUSTOMER_TOKEN)));
    }

    @Test
    void updatesOnlyTheRpsSettingsOfASubnetAndFollowsTheAsyncOperationToTheEnd() {
        azure.server.stubFor(get(arm(SUBNET)).inScenario("put").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(json(200, subnet("\"routeTable\":{\"id\":\"" + ROUTES + "\"}"))));
        azure.server.stubFor(put(arm(SUBNET)).inScenario("put").willReturn(accepted(201,
                subnet("\"provisioningState\":\"Updating\""), "/operations/op-subnet")).willSetStateTo("updated"));
        azure.server.stubFor(get(urlPathEqualTo("/operations/op-subnet")).inScenario("put")
                .whenScenarioStateIs("updated").willReturn(status("InProgress"))
                .willSetStateTo("done"));
        azure.server.stubFor(get(urlPathEqualTo("/operations/op-subnet")).inScenario("put")
                .whenScenarioStateIs("done").willReturn(status("Succeeded")));
        azure.server.stubFor(get(arm(SUBNET)).inScenario("put").whenScenarioStateIs("done").willReturn(json(200,
                subnet("\"networkSecurityGroup\":{\"id\":\"" + NSG + "\"},\"serviceEndpoints\":[{\"service\":"
                        + "\"Microsoft.ContainerRegistry\"}],\"privateLinkServiceNetworkPolicies\":\"Disabled\""))));

        Networks.Subnet current = azure.cloud.networks().subnet(SUBNET).orElseThrow();
        Networks.Subnet updated = azure.cloud.networks().updateSubnet(current.withNetworkSecurityGroup(NSG)
                .withServiceEndpoints(List.of("Microsoft.ContainerRegistry"))
                .withPrivateLinkServiceNetworkPoliciesDisabled());

        assertEquals(NSG, updated.networkSecurityGroupId());
        assertTrue(updated.privateLinkServiceNetworkPoliciesDisabled());
        azure.server.verify(putRequestedFor(arm(SUBNET)).withQueryParam("api-version", equalTo(VERSION))
                .withRequestBody(equalToJson("{\"properties\":{\"addressPrefix\":\"10.0.0.0/24\","
                        + "\"routeTable\":{\"id\":\"" + ROUTES + "\"},\"networkSecurityGroup\":{\"id\":\"" + NSG + "\"},"
                        + "\"serviceEndpoints\":[{\"service\":\"Microsoft.ContainerRegistry\"}],"
                        + "\"privateLinkServiceNetworkPolicies\":\"Disabled\"}}", true, true)));
        azure.server.verify(2, getRequestedFor(urlPathEqualTo("/operations/op-subnet")));
    }

    static String subnet(String extra) {
        return "{\"id\":\"" + SUBNET + "\",\"name\":\"master\",\"properties\":{\"addressPrefix\":\"10.0.0.0/24\""
                + (extra.isEmpty() ? "" : "," + extra) + "}}";
    }

    @Test
    void readsANicsEffectiveRoutesThroughTheirOperation() {
        String nic = SUB + "/resourceGroups/aro-c1/providers/Microsoft.Network/networkInterfaces/c1-master0-nic";
        azure.server.stubFor(post(arm(nic + "/effectiveRouteTable"))
                .willReturn(accepted(202, "", "/operations/op-routes")
                        .withHeader("Location", azure.base() + "operations/op-routes-result")));
        azure.server.stubFor(get(urlPathEqualTo("/operations/op-routes"))
                .willReturn(status("Succeeded")));
        azure.server.stubFor(get(urlPathEqualTo(
                "/operations/op-routes-result")).willReturn(json(200, "{\"value\":[{\"source\":\"Default\","
                + "\"state\":\"Active\",\"addressPrefix\":[\"10.0.0.0/16\"],\"nextHopIpAddress\":[],"
                + "\"nextHopType\":\"VnetLocal\"},{\"source\":\"User\",\"state\":\"Active\","
                + "\"addressPrefix\":[\"0.0.0.0/0\"],\"nextHopIpAddress\":[\"10.0.9.4\"],"
                + "\"nextHopType\":\"VirtualAppliance\"}]}")));

        List<Networks.EffectiveRoute> routes = azure.cloud.networks().effectiveRouteTable(nic);

        assertEquals(List.of(new Networks.EffectiveRoute("Default", "Active", List.of("10.0.0.0/16"), "VnetLocal",
                        List.of()),
                new Networks.EffectiveRoute("User", "Active", List.of("0.0.0.0/0"), "VirtualAppliance",
                        List.of("10.0.9.4"))), routes);
    }

    @Test
    void reconcilesAFailedNicByWritingItBackUnchanged() {
        String nic = SUB + "/resourceGroups/aro-c1/providers/Microsoft.Network/networkInterfaces/c1-worker-nic";
        String failed = "{\"id\":\"" + nic + "\",\"location\":\"eastus\",\"properties\":{\"provisioningState\":"
                + "\"Failed\",\"ipConfigurations\":[{\"name\":\"ipconfig\",\"properties\":{\"subnet\":{\"id\":\""
                + SUBNET + "\"}}}]}}";
        azure.server.stubFor(get(arm(nic)).willReturn(json(200, failed)));
        azure.server.stubFor(put(arm(nic)).willReturn(json(200,
                failed.replace("Failed", "Succeeded"))));

        assertEquals("Succeeded", azure.cloud.networks().reconcileNetworkInterface(nic));

        azure.server.verify(putRequestedFor(arm(nic))
                .withQueryParam("api-version", equalTo(VERSION))
                .withRequestBody(matchingJsonPath(
                        "$.properties.ipConfigurations[0].properties.subnet.id",
                        equalTo(SUBNET))));
    }
}
