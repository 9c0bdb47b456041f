package io.arorp.env.azure;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static io.arorp.env.azure.AzureStub.arm;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.arorp.api.CloudException;
import io.arorp.env.cloud.Usage;
import io.arorp.env.cloud.VmSku;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The four seams the frontend's create checks read (SKUs, usages, providers, features) against the Azure stub. */
class AzureCreateCheckSeamsTest extends AzureStubTest {
    static final String SKUS = SUB + "/providers/Microsoft.Compute/skus";
    static final String FEATURE = SUB + "/providers/Microsoft.Features/providers/Microsoft.Compute/features/"
            + "EncryptionAtHost";

    @Test
    void readsASkuOfTheRegionWithItsRestrictionAndCapability() {
        azure.server.stubFor(get(arm(SKUS)).willReturn(json(200, "{\"value\":["
                + sku("disks", "Standard_D8s_v3", "", "")
                + "," + sku("virtualMachines", "Standard_D4s_v3", "", capability("False"))
                + "," + sku("virtualMachines", "Standard_D8s_v3", restriction("Zone", "eastus") + ","
                        + restriction("Location", "EastUS"), capability("True"))
                + "]}")));

        Optional<VmSku> d8 = azure.cloud.skus().virtualMachineSku(AzureStub.SUBSCRIPTION, "eastus", "standard_d8s_v3");
        Optional<VmSku> d4 = azure.cloud.skus().virtualMachineSku(AzureStub.SUBSCRIPTION, "eastus", "Standard_D4s_v3");
        Optional<VmSku> absent = azure.cloud.skus().virtualMachineSku(AzureStub.SUBSCRIPTION, "eastus", "Standard_X");

        assertEquals(Optional.of(new VmSku("Standard_D8s_v3", true, true)), d8);
        assertEquals(Optional.of(new VmSku("Standard_D4s_v3", false, false)), d4);
        assertEquals(Optional.empty(), absent);
        azure.server.verify(3, getRequestedFor(arm(SKUS)).withQueryParam("api-version", equalTo("2021-07-01"))
                .withQueryParam("$filter", equalTo("location eq 'eastus'"))
                .withHeader("Authorization", equalTo(CUSTOMER_TOKEN)));
    }

    @Test
    void aZoneRestrictionAloneLeavesTheSizeUsable() {
        azure.server.stubFor(get(arm(SKUS)).willReturn(json(200, "{\"value\":["
                + sku("virtualMachines", "Standard_D8s_v3", restriction("Zone", "eastus"), "") + "]}")));

        VmSku sku = azure.cloud.skus().virtualMachineSku(AzureStub.SUBSCRIPTION, "eastus", "Standard_D8s_v3")
                .orElseThrow();

        assertFalse(sku.restricted());
        assertFalse(sku.encryptionAtHostSupported());
    }

    @Test
    void readsComputeThenNetworkUsages() {
        azure.server.stubFor(get(arm(SUB + "/providers/Microsoft.Compute/locations/eastus/usages")).willReturn(json(
                200, "{\"value\":[" + usage("cores", 80, 200) + "," + usage("standardDSv3Family", 16, 100) + "]}")));
        azure.server.stubFor(get(arm(SUB + "/providers/Microsoft.Network/locations/eastus/usages")).willReturn(json(
                200, "{\"value\":[" + usage("PublicIPAddresses", 3, 1000) + "]}")));

        List<Usage> usages = azure.cloud.quotas().usages(AzureStub.SUBSCRIPTION, "eastus");

        assertEquals(List.of(new Usage("cores", 80, 200), new Usage("standardDSv3Family", 16, 100),
                new Usage("PublicIPAddresses", 3, 1000)), usages);
        azure.server.verify(getRequestedFor(arm(SUB + "/providers/Microsoft.Compute/locations/eastus/usages"))
                .withQueryParam("api-version", equalTo("2025-04-01")));
        azure.server.verify(getRequestedFor(arm(SUB + "/providers/Microsoft.Network/locations/eastus/usages"))
                .withQueryParam("api-version", equalTo(AzureNetworksTest.VERSION)));
    }

    @Test
    void readsEveryProviderRegistrationInOneList() {
        azure.server.stubFor(get(arm(SUB + "/providers")).willReturn(json(200, "{\"value\":["
                + "{\"namespace\":\"Microsoft.Compute\",\"registrationState\":\"Registered\"},"
                + "{\"namespace\":\"Microsoft.Storage\",\"registrationState\":\"NotRegistered\"}]}")));

        Map<String, String> states = azure.cloud.providers().registrationStates(AzureStub.SUBSCRIPTION);

        assertEquals(Map.of("Microsoft.Compute", "Registered", "Microsoft.Storage", "NotRegistered"), states);
        azure.server.verify(1, getRequestedFor(arm(SUB + "/providers"))
                .withQueryParam("api-version", equalTo(AzureResourceGroupsTest.VERSION)));
    }

    @Test
    void readsAFeatureRegistrationAndCountsAnUnknownFeatureAsNotRegistered() {
        azure.server.stubFor(get(arm(FEATURE)).willReturn(json(200, "{\"name\":\"Microsoft.Compute/EncryptionAtHost\","
                + "\"properties\":{\"state\":\"Registered\"}}")));
        assertEquals("Registered", azure.cloud.features().registrationState(AzureStub.SUBSCRIPTION,
                "Microsoft.Compute", "EncryptionAtHost"));
        azure.server.verify(getRequestedFor(arm(FEATURE)).withQueryParam("api-version", equalTo("2021-07-01")));

        azure.server.stubFor(get(arm(FEATURE)).willReturn(error(404, "FeatureNotFound", "no such feature")));
        assertEquals("NotRegistered", azure.cloud.features().registrationState(AzureStub.SUBSCRIPTION,
                "Microsoft.Compute", "EncryptionAtHost"));
    }

    @Test
    void mapsAzureRefusalsToCloudErrors() {
        azure.server.stubFor(get(arm(SUB + "/providers")).willReturn(error(403, "LinkedAuthorizationFailed",
                "the client has no permission")));

        CloudException e = assertThrows(CloudException.class,
                () -> azure.cloud.providers().registrationStates(AzureStub.SUBSCRIPTION));

        assertEquals(403, e.status());
        assertEquals("LinkedAuthorizationFailed", e.code());
        assertTrue(e.getMessage().contains("the client has no permission"), e.getMessage());
    }

    private static String sku(String type, String name, String restrictions, String capabilities) {
        return "{\"resourceType\":\"" + type + "\",\"name\":\"" + name + "\",\"locations\":[\"eastus\"],"
                + "\"restrictions\":[" + restrictions + "],\"capabilities\":[" + capabilities + "]}";
    }

    private static String restriction(String type, String location) {
        return "{\"type\":\"" + type + "\",\"values\":[\"" + location + "\"],\"reasonCode\":\"NotAvailableForSubscription\"}";
    }

    private static String capability(String value) {
        return "{\"name\":\"EncryptionAtHostSupported\",\"value\":\"" + value + "\"}";
    }

    private static String usage(String name, long current, long limit) {
        return "{\"unit\":\"Count\",\"name\":{\"value\":\"" + name + "\"},\"currentValue\":" + current
                + ",\"limit\":" + limit + "}";
    }
}
