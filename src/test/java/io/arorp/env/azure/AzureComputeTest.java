package io.arorp.env.azure;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.arorp.env.azure.AzureStub.arm;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.arorp.api.CloudException;
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

    private void usage(int current, int limit) {
        azure.server.stubFor(get(arm(LOCATION + "/usages")).willReturn(json(200, "{\"value\":[{\"unit\":\"Count\","
                + "\"name\":{\"value\":\"cores\",\"localizedValue\":\"Total Regional vCPUs\"},\"currentValue\":"
                + current + ",\"limit\":" + limit + "}]}")));
    }
}
