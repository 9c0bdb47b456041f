package io.arorp.env.azure;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static io.arorp.env.azure.AzureStub.arm;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.arorp.api.CloudException;
import io.arorp.env.cloud.CloudResource;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AzureResourcesTest extends AzureStubTest {
    static final String RG = SUB + "/resourceGroups/aro-c1";
    static final String VM = RG + "/providers/Microsoft.Compute/virtualMachines/c1-bootstrap";

    @BeforeEach
    void provider() {
        provider("Microsoft.Compute", "virtualMachines", "\"2024-11-01\"");
    }

    @Test
    void readsListsAndDeletesByIdAtTheProvidersApiVersion() {
        azure.server.stubFor(get(arm(VM)).willReturn(json(200, vm())));
        azure.server.stubFor(get(arm(RG + "/resources")).willReturn(json(200, "{\"value\":[" + vm() + "]}")));
        azure.server.stubFor(delete(arm(VM)).willReturn(aResponse().withStatus(200)));

        CloudResource vm = azure.cloud.resources().get(VM).orElseThrow();
        List<CloudResource> all = azure.cloud.resources().listByResourceGroup(RG);
        azure.cloud.resources().delete(VM);

        assertEquals("Standard_D8s_v3", vm.properties().path("hardwareProfile").path("vmSize").asText());
        assertEquals(List.of(VM), all.stream().map(CloudResource::id).toList());
        azure.server.verify(getRequestedFor(arm(VM)).withQueryParam("api-version", equalTo("2024-11-01")));
        azure.server.verify(deleteRequestedFor(arm(VM)).withQueryParam("api-version", equalTo("2024-11-01")));
        azure.server.verify(1, getRequestedFor(arm(SUB + "/providers/Microsoft.Compute")));
    }

    @Test
    void listingAMissingGroupFailsWithArmsCodeAndDeletingAMissingResourceIsANoOp() {
        azure.server.stubFor(get(arm(RG + "/resources")).willReturn(error(404, "ResourceGroupNotFound",
                "Resource group 'aro-c1' could not be found.")));
        azure.server.stubFor(delete(arm(VM)).willReturn(aResponse().withStatus(204)));

        CloudException e = assertThrows(CloudException.class, () -> azure.cloud.resources().listByResourceGroup(RG));

        assertEquals("ResourceGroupNotFound", e.code());
        assertEquals(404, e.status());
        azure.cloud.resources().delete(VM);
    }

    static String vm() {
        return "{\"id\":\"" + VM + "\",\"name\":\"c1-bootstrap\",\"type\":\"Microsoft.Compute/virtualMachines\","
                + "\"location\":\"eastus\",\"properties\":{\"hardwareProfile\":{\"vmSize\":\"Standard_D8s_v3\"}}}";
    }
}
