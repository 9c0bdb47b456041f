package io.arorp.env.azure;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.binaryEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.arorp.env.cloud.StorageFirewall;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class AzureStorageTest extends AzureStubTest {
    static final String ACCOUNT = SUB + "/resourceGroups/aro-c1/providers/Microsoft.Storage/storageAccounts/clusterx1";
    static final String BLOB = "/blob/clusterx1/ignition/bootstrap.ign";
    static final byte[] CONTENT = "{\"ignition\":{}}".getBytes(StandardCharsets.UTF_8);

    @Test
    void writesABlockBlobWithATokenOfTheAccountsTenantCreatingTheContainerOnFirstUse() {
        azure.server.stubFor(put(urlPathEqualTo(BLOB)).inScenario("c").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(404).withHeader("x-ms-error-code", "ContainerNotFound")));
        azure.server.stubFor(put(urlPathEqualTo("/blob/clusterx1/ignition")).withQueryParam("restype",
                equalTo("container")).inScenario("c").willReturn(aResponse().withStatus(201))
                .willSetStateTo("exists"));
        azure.server.stubFor(put(urlPathEqualTo(BLOB)).inScenario("c").whenScenarioStateIs("exists")
                .willReturn(aResponse().withStatus(201)));

        azure.cloud.storage().putBlob(ACCOUNT, "ignition", "bootstrap.ign", CONTENT);

        azure.server.verify(2, putRequestedFor(urlPathEqualTo(BLOB)).withHeader("x-ms-blob-type", equalTo("BlockBlob"))
                .withHeader("x-ms-version", equalTo(AzureStorage.VERSION))
                .withHeader("Authorization", equalTo(CUSTOMER_TOKEN)).withRequestBody(binaryEqualTo(CONTENT)));
    }

    @Test
    void readsABlobAndTakesAMissingOneAsAbsent() {
        azure.server.stubFor(get(urlPathEqualTo(BLOB)).willReturn(aResponse().withStatus(200).withBody(CONTENT)));
        azure.server.stubFor(get(urlPathEqualTo("/blob/clusterx1/ignition/gone")).willReturn(aResponse()
                .withStatus(404).withHeader("x-ms-error-code", "BlobNotFound")));

        assertArrayEquals(CONTENT, azure.cloud.storage().getBlob(ACCOUNT, "ignition", "bootstrap.ign").orElseThrow());
        assertTrue(azure.cloud.storage().getBlob(ACCOUNT, "ignition", "gone").isEmpty());
    }

    @Test
    void readsTheFirewallAndPatchesOnlyTheNetworkRules() {
        String subnet = SUB + "/resourceGroups/vnet-rg/providers/Microsoft.Network/virtualNetworks/v/subnets/master";
        String body = "{\"id\":\"" + ACCOUNT + "\",\"name\":\"clusterx1\",\"kind\":\"StorageV2\","
                + "\"location\":\"eastus\",\"properties\":{\"networkAcls\":{\"bypass\":\"AzureServices\","
                + "\"defaultAction\":\"Allow\",\"virtualNetworkRules\":[{\"id\":\"" + subnet
                + "\",\"action\":\"Allow\"}]}}}";
        azure.server.stubFor(get(urlPathEqualTo(ACCOUNT)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody(body)));
        azure.server.stubFor(patch(urlPathEqualTo(ACCOUNT)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody(body)));

        StorageFirewall firewall = azure.cloud.storage().firewall(ACCOUNT).orElseThrow();
        assertEquals(new StorageFirewall("Allow", List.of(subnet)), firewall);
        azure.cloud.storage().setFirewall(ACCOUNT, new StorageFirewall(StorageFirewall.DENY, List.of(subnet)));

        azure.server.verify(patchRequestedFor(urlPathEqualTo(ACCOUNT))
                .withHeader("Authorization", equalTo(CUSTOMER_TOKEN))
                .withRequestBody(matchingJsonPath("$.properties.networkAcls.defaultAction", equalTo("Deny")))
                .withRequestBody(matchingJsonPath("$.properties.networkAcls.bypass", equalTo("AzureServices")))
                .withRequestBody(matchingJsonPath("$.properties.networkAcls.virtualNetworkRules[0].id",
                        equalTo(subnet))));
        String sent = azure.server.findAll(patchRequestedFor(urlPathEqualTo(ACCOUNT))).get(0).getBodyAsString();
        assertTrue(!sent.contains("encryption") && !sent.contains("sku"), "only the network rules: " + sent);
    }
}
