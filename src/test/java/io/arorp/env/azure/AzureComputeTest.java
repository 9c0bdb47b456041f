package io.arorp.env.azure;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.arorp.env.azure.AzureStub.arm;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.arorp.api.CloudException;
import io.arorp.env.cloud.ComputeUsage;
import io.arorp.env.cloud.ResourceSku;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AzureComputeTest extends AzureStubTest {
    static final String VERSION = "2025-04-01";
    static final String LOCATION = SUB + "/providers/Microsoft.Compute/locations/eastus";
    static final String VM = SUB + "/resourceGroups/aro-c1/providers/Microsoft.Compute/virtualMachines/c1-master-0";

    @BeforeEach
    void sizes() {
        azure.server.stubFor(get(arm(LOCATION + "/vmSizes")).willReturn(json(200, "{\"value\":["
                + "{\"name\":\"Standard_D8s_v3\",\"numberOfCores\":8},{\"name\":\"Standard_D4s_v3\",\"numberOfCores\":4}"
                + "]}")));
    }

    @Test
    void acceptsAClusterThatFitsTheRegionalCores() {
        usage(80, 200);

        azure.cloud.compute().checkQuota(AzureStub.SUBSCRIPTION, "eastus",
                Map.of("Standard_D8s_v3", 3, "Standard_D4s_v3", 3));

        azure.server.verify(getRequestedFor(arm(LOCATION + "/usages")).withQueryParam("api-version", equalTo(VERSION))
                .withHeader("Authorization", equalTo(CUSTOMER_TOKEN)));
    }

    @Test
    void refusesAClusterOverTheRegionalCoresLikeTheOriginal() {
        usage(180, 200);

        CloudException e = assertThrows(CloudException.class, () -> azure.cloud.compute().checkQuota(
                AzureStub.SUBSCRIPTION, "eastus", Map.of("Standard_D8s_v3", 3, "Standard_D4s_v3", 3)));

        assertEquals(400, e.status());
        assertEquals("ResourceQuotaExceeded", e.code());
        assertEquals("Resource quota of cores exceeded. Maximum allowed: 200, Current in use: 180, "
                + "Additional requested: 36.", e.getMessage());
    }

    @Test
    void startsAVmThroughItsLongRunningOperation() {
        azure.server.stubFor(post(arm(VM + "/start")).willReturn(accepted(202, "", "/operations/op-start")));
        azure.server.stubFor(get(urlPathEqualTo("/operations/op-start")).willReturn(status("Succeeded")));

        azure.cloud.compute().start(VM);

        azure.server.verify(postRequestedFor(arm(VM + "/start")).withQueryParam("api-version", equalTo(VERSION)));
        azure.server.verify(getRequestedFor(urlPathEqualTo("/operations/op-start")));
    }

    @Test
    void stopsDeallocatesAndRedeploysThroughTheirOperations() {
        for (String action : List.of("powerOff", "deallocate", "redeploy")) {
            azure.server.stubFor(post(arm(VM + "/" + action)).willReturn(accepted(202, "", "/operations/op-" + action)));
            azure.server.stubFor(get(urlPathEqualTo("/operations/op-" + action)).willReturn(status("Succeeded")));
        }

        azure.cloud.compute().stop(VM, false);
        azure.cloud.compute().stop(VM, true);
        azure.cloud.compute().redeploy(VM);

        for (String action : List.of("powerOff", "deallocate", "redeploy")) {
            azure.server.verify(1, postRequestedFor(arm(VM + "/" + action))
                    .withQueryParam("api-version", equalTo(VERSION)).withHeader("Authorization", equalTo(CUSTOMER_TOKEN)));
        }
    }

    @Test
    void resizesWithAPatchOfTheHardwareProfileOnly() {
        azure.server.stubFor(patch(arm(VM)).willReturn(accepted(200, "{\"id\":\"" + VM + "\"}", "/operations/op-resize")));
        azure.server.stubFor(get(urlPathEqualTo("/operations/op-resize")).willReturn(status("Succeeded")));
        azure.server.stubFor(get(arm(VM)).willReturn(json(200, "{\"id\":\"" + VM + "\"}")));

        azure.cloud.compute().resize(VM, "Standard_D16s_v3");

        azure.server.verify(patchRequestedFor(arm(VM)).withQueryParam("api-version", equalTo(VERSION))
                .withRequestBody(equalToJson("{\"properties\":{\"hardwareProfile\":{\"vmSize\":\"Standard_D16s_v3\"}}}")));
    }

    @Test
    void readsTheSerialConsoleFromThePresignedUrlWithoutAToken() {
        String blob = "/bootdiagnostics/c1-master-0.serialconsole.log?sv=2021&sig=secret";
        azure.server.stubFor(post(arm(VM + "/retrieveBootDiagnosticsData")).willReturn(json(200,
                "{\"serialConsoleLogBlobUri\":\"" + azure.base() + blob.substring(1) + "\"}")));
        azure.server.stubFor(get(urlPathEqualTo("/bootdiagnostics/c1-master-0.serialconsole.log"))
                .willReturn(aResponse().withStatus(200).withBody("[    0.000000] Linux version 5.14\n")));

        byte[] log = azure.cloud.compute().serialConsoleLog(VM);

        assertEquals("[    0.000000] Linux version 5.14\n", new String(log, StandardCharsets.UTF_8));
        azure.server.verify(getRequestedFor(urlPathEqualTo("/bootdiagnostics/c1-master-0.serialconsole.log"))
                .withQueryParam("sig", equalTo("secret")).withHeader("Authorization", absent()));
    }

    @Test
    void listsTheRegionsVmSkusWithZonesCapabilitiesAndRestrictions() {
        azure.server.stubFor(get(arm(SUB + "/providers/Microsoft.Compute/skus")).willReturn(json(200, "{\"value\":["
                + "{\"resourceType\":\"virtualMachines\",\"name\":\"Standard_D8s_v3\",\"tier\":\"Standard\","
                + "\"size\":\"D8s_v3\",\"family\":\"standardDSv3Family\",\"locations\":[\"eastus\"],"
                + "\"locationInfo\":[{\"location\":\"eastus\",\"zones\":[\"1\",\"2\",\"3\"]}],"
                + "\"capabilities\":[{\"name\":\"vCPUs\",\"value\":\"8\"}],\"restrictions\":[]},"
                + "{\"resourceType\":\"virtualMachines\",\"name\":\"Standard_M128s\",\"locations\":[\"eastus\"],"
                + "\"restrictions\":[{\"type\":\"Location\",\"values\":[\"eastus\"],"
                + "\"reasonCode\":\"NotAvailableForSubscription\"}]},"
                + "{\"resourceType\":\"disks\",\"name\":\"Premium_LRS\",\"locations\":[\"eastus\"]}]}")));

        List<ResourceSku> skus = azure.cloud.compute().resourceSkus(AzureStub.SUBSCRIPTION, "eastus");

        assertEquals(List.of(new ResourceSku("virtualMachines", "Standard_D8s_v3", "Standard", "D8s_v3",
                        "standardDSv3Family", List.of("eastus"), List.of("1", "2", "3"), Map.of("vCPUs", "8"), List.of()),
                new ResourceSku("virtualMachines", "Standard_M128s", null, null, null, List.of("eastus"), List.of(),
                        Map.of(), List.of("NotAvailableForSubscription"))), skus);
        azure.server.verify(getRequestedFor(arm(SUB + "/providers/Microsoft.Compute/skus"))
                .withQueryParam("$filter", equalTo("location eq 'eastus'")));
    }

    @Test
    void listsTheComputeUsages() {
        usage(80, 200);

        assertEquals(List.of(new ComputeUsage("cores", 80, 200)),
                azure.cloud.compute().usages(AzureStub.SUBSCRIPTION, "eastus"));
    }

    private void usage(int current, int limit) {
        azure.server.stubFor(get(arm(LOCATION + "/usages")).willReturn(json(200, "{\"value\":[{\"unit\":\"Count\","
                + "\"name\":{\"value\":\"cores\",\"localizedValue\":\"Total Regional vCPUs\"},\"currentValue\":"
                + current + ",\"limit\":" + limit + "}]}")));
    }
}
