package io.arorp.env.azure;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.arorp.env.azure.AzureStub.arm;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.arorp.api.CloudException;
import io.arorp.env.cloud.CloudResource;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AzureDeploymentsTest extends AzureStubTest {
    static final String RG = SUB + "/resourceGroups/aro-c1";
    static final String DEPLOYMENT = RG + "/providers/Microsoft.Resources/deployments/storage";
    static final String NSG = RG + "/providers/Microsoft.Network/networkSecurityGroups/c1-nsg";

    @BeforeEach
    void provider() {
        provider("Microsoft.Network", "networkSecurityGroups", "\"2025-01-01-preview\",\"2024-07-01\",\"2024-05-01\"");
    }

    @Test
    void deploysOneIncrementalTemplateAtTheProvidersStableApiVersionAndWaitsForIt() {
        azure.server.stubFor(put(arm(DEPLOYMENT)).willReturn(accepted(201, deployment("Accepted"),
                "/operations/op-deploy")));
        azure.server.stubFor(get(urlPathEqualTo("/operations/op-deploy")).willReturn(status("Succeeded")));
        azure.server.stubFor(get(arm(DEPLOYMENT)).willReturn(json(200, deployment("Succeeded"))));

        azure.cloud.deployments().deploy(RG, "storage", List.of(nsg()));

        azure.server.verify(putRequestedFor(arm(DEPLOYMENT)).withQueryParam("api-version", matching("20\\d\\d-.*"))
                .withHeader("Authorization", equalTo(CUSTOMER_TOKEN))
                .withRequestBody(equalToJson("{\"properties\":{\"mode\":\"Incremental\",\"template\":{"
                        + "\"$schema\":\"" + AzureDeployments.SCHEMA + "\",\"contentVersion\":\"1.0.0.0\","
                        + "\"resources\":[{\"type\":\"Microsoft.Network/networkSecurityGroups\",\"name\":\"c1-nsg\","
                        + "\"apiVersion\":\"2024-07-01\",\"location\":\"eastus\",\"tags\":{\"aro\":\"c1\"},"
                        + "\"properties\":{\"securityRules\":[]}}]}}}")));
    }

    @Test
    void sendsSkuKindAndDependsOnSoArmCreatesReferencedResourcesFirst() {
        provider("Microsoft.Network", "publicIPAddresses\",\"apiVersions\":[\"2024-07-01\"]},{\"resourceType\":"
                + "\"loadBalancers", "\"2024-07-01\"");
        provider("Microsoft.Storage", "storageAccounts", "\"2023-05-01\"");
        azure.server.stubFor(put(arm(DEPLOYMENT)).willReturn(accepted(201, deployment("Accepted"),
                "/operations/op-deploy")));
        azure.server.stubFor(get(urlPathEqualTo("/operations/op-deploy")).willReturn(status("Succeeded")));
        azure.server.stubFor(get(arm(DEPLOYMENT)).willReturn(json(200, deployment("Succeeded"))));
        String network = RG + "/providers/Microsoft.Network/";
        String account = RG + "/providers/Microsoft.Storage/storageAccounts/clusterabc";
        ObjectNode lb = JsonNodeFactory.instance.objectNode();
        lb.putArray("frontendIPConfigurations").addObject().put("name", "public-lb-ip-v4").putObject("properties")
                .putObject("publicIPAddress").put("id", network + "publicIPAddresses/c1-pip-v4");

        azure.cloud.deployments().deploy(RG, "storage", List.of(
                CloudResource.of(network + "loadBalancers/c1", "Microsoft.Network/loadBalancers", "eastus", lb)
                        .withSku("Standard"),
                CloudResource.of(network + "publicIPAddresses/c1-pip-v4", "Microsoft.Network/publicIPAddresses",
                        "eastus", null).withSku("Standard"),
                CloudResource.of(account, "Microsoft.Storage/storageAccounts", "eastus", null)
                        .withSku("Standard_LRS").withKind("StorageV2"),
                CloudResource.of(account + "/blobServices/default/containers/ignition",
                        "Microsoft.Storage/storageAccounts/blobServices/containers", null, null)));

        azure.server.verify(putRequestedFor(arm(DEPLOYMENT)).withRequestBody(equalToJson("{\"properties\":{"
                + "\"template\":{\"resources\":["
                + "{\"type\":\"Microsoft.Network/loadBalancers\",\"name\":\"c1\",\"sku\":{\"name\":\"Standard\"},"
                + "\"dependsOn\":[\"" + network + "publicIPAddresses/c1-pip-v4\"]},"
                + "{\"type\":\"Microsoft.Network/publicIPAddresses\",\"name\":\"c1-pip-v4\",\"sku\":{\"name\":"
                + "\"Standard\"}},"
                + "{\"type\":\"Microsoft.Storage/storageAccounts\",\"name\":\"clusterabc\",\"apiVersion\":"
                + "\"2023-05-01\",\"sku\":{\"name\":\"Standard_LRS\"},\"kind\":\"StorageV2\"},"
                + "{\"type\":\"Microsoft.Storage/storageAccounts/blobServices/containers\",\"name\":"
                + "\"clusterabc/default/ignition\",\"apiVersion\":\"2023-05-01\",\"dependsOn\":[\"" + account
                + "\"]}]}}}", false, true)));
    }

    @Test
    void aFailedDeploymentFailsWithTheFirstResourceError() {
        azure.server.stubFor(put(arm(DEPLOYMENT)).willReturn(accepted(201, deployment("Accepted"),
                "/operations/op-fail")));
        azure.server.stubFor(get(urlPathEqualTo("/operations/op-fail")).willReturn(json(200, "{\"status\":\"Failed\","
                + "\"error\":{\"code\":\"DeploymentFailed\",\"message\":\"At least one resource deployment operation "
                + "failed.\",\"details\":[{\"code\":\"InvalidResourceReference\",\"message\":\"NSG c1-nsg ...\"}]}}")));

        CloudException e = assertThrows(CloudException.class,
                () -> azure.cloud.deployments().deploy(RG, "storage", List.of(nsg())));

        assertEquals("DeploymentFailed", e.code());
        assertTrue(e.getMessage().contains("InvalidResourceReference"), e.getMessage());
    }

    @Test
    void refusesAResourceOutsideTheGroupBeforeCallingAzure() {
        CloudResource elsewhere = CloudResource.of(SUB + "/resourceGroups/other/providers/Microsoft.Network/"
                + "networkSecurityGroups/x", "Microsoft.Network/networkSecurityGroups", "eastus", null);

        CloudException e = assertThrows(CloudException.class,
                () -> azure.cloud.deployments().deploy(RG, "storage", List.of(elsewhere)));

        assertEquals("DeploymentFailed", e.code());
        azure.server.verify(0, putRequestedFor(arm(DEPLOYMENT)));
    }

    static CloudResource nsg() {
        ObjectNode properties = JsonNodeFactory.instance.objectNode();
        properties.putArray("securityRules");
        return new CloudResource(NSG, "Microsoft.Network/networkSecurityGroups", "eastus", null, Map.of("aro", "c1"),
                properties);
    }

    static String deployment(String state) {
        return "{\"id\":\"" + DEPLOYMENT + "\",\"name\":\"storage\",\"properties\":{\"provisioningState\":\""
                + state + "\",\"mode\":\"Incremental\"}}";
    }
}
