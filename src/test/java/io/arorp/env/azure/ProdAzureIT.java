package io.arorp.env.azure;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static io.arorp.env.azure.AzureStub.arm;
import static io.arorp.env.azure.AzureStubTest.json;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.arorp.testing.ClusterBodies;
import io.arorp.testing.Deployments;
import io.arorp.testing.RpClient;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A prod-profile server (backend role, Azure adapters, Hive installer) against stubbed Azure. The PUT's create checks
 * read resource SKUs, usages and provider registrations through ARM: a subscription short of cores is refused at
 * once. Once cores are freed the PUT is accepted, but another deployment takes them before the backend's dynamic
 * validation (as the first-party identity, with a token of the customer's tenant; the cluster service principal's
 * permissions checked by the object id its own sign-in reveals), which fails with Azure's quota answer. (The delete returns with the private-endpoint and registry adapters.)
 */
@ExtendWith({ProdServer.class, ArquillianExtension.class})
@RunAsClient
class ProdAzureIT {
    static final String API = "?api-version=2025-07-25";
    static final String SUB = AzureStub.SUBSCRIPTION;
    static final String NAME = "prod1";
    static final String VNET = "/subscriptions/" + SUB + "/resourceGroups/vnet-rg/providers/Microsoft.Network/"
            + "virtualNetworks/vnet-" + NAME;
    static final String ROLE = "/subscriptions/" + SUB + "/providers/Microsoft.Authorization/roleDefinitions/"
            + "4d97b98b-1d4f-4787-a291-c67834d212e7";
    static final String CLIENT_ID = UUID.nameUUIDFromBytes(NAME.getBytes()).toString();
    static final String SP_OBJECT_ID = "55555555-0000-0000-0000-000000000005";
    static final String SKUS = "/subscriptions/" + SUB + "/providers/Microsoft.Compute/skus";
    private final RpClient rp = new RpClient();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.packagedWar();
    }

    @Test
    void createValidatesThroughArmAndFailsOnQuota() throws Exception {
        stubCustomerNetworkAndQuota();
        register();
        String id = ClusterBodies.clusterId(SUB, "rg", NAME);
        HttpResponse<String> refused = put(id);
        assertEquals(400, refused.statusCode(), refused.body());
        assertEquals("ResourceQuotaExceeded", error(refused).getString("code"), refused.body());
        assertEquals("Resource quota of cores exceeded. Maximum allowed: 200, Current in use: 190, Additional "
                + "requested: 44.", error(refused).getString("message"));

        HttpResponse<String> created = put(id);
        assertEquals(201, created.statusCode(), created.body());

        JsonObject op = await(created.headers().firstValue("Azure-AsyncOperation").orElseThrow());
        assertEquals("Failed", op.getString("status"), op.toString());
        assertEquals("ResourceQuotaExceeded", op.getJsonObject("error").getString("code"), op.toString());
        assertEquals("Resource quota of cores exceeded. Maximum allowed: 200, Current in use: 190, Additional "
                + "requested: 36.", op.getJsonObject("error").getString("message"));
        var server = ProdServer.azure.server;
        server.verify(postRequestedFor(urlPathEqualTo("/" + AzureStub.CUSTOMER_TENANT + "/oauth2/v2.0/token")));
        server.verify(getRequestedFor(arm(VNET)).withHeader("Authorization",
                equalTo("Bearer token-" + AzureStub.CUSTOMER_TENANT)));
        server.verify(getRequestedFor(arm(VNET + "/subnets/worker")));
        server.verify(postRequestedFor(urlPathEqualTo("/" + AzureStub.CUSTOMER_TENANT + "/oauth2/v2.0/token"))
                .withRequestBody(containing("client_id=" + CLIENT_ID)));
        server.verify(getRequestedFor(arm(VNET + "/providers/Microsoft.Authorization/roleAssignments"))
                .withQueryParam("$filter", containing("assignedTo('" + SP_OBJECT_ID + "')")));
        server.verify(3, getRequestedFor(arm("/subscriptions/" + SUB + "/providers/Microsoft.Compute/locations/"
                + "eastus/usages")));
        server.verify(getRequestedFor(arm(SKUS)).withQueryParam("$filter", equalTo("location eq 'eastus'")));
        server.verify(getRequestedFor(arm("/subscriptions/" + SUB + "/providers/Microsoft.Network/locations/eastus/"
                + "usages")));
        server.verify(getRequestedFor(arm("/subscriptions/" + SUB + "/providers")));
        // Not yet: the delete. Its steps now include deletePrivateEndpoint and deleteClusterACRToken, whose
        // PrivateEndpoints and ContainerRegistry seams have no Azure adapter yet (issue 7), so a prod delete fails
        // at them; the delete comes back here with those adapters.
    }

    private void stubCustomerNetworkAndQuota() {
        var server = ProdServer.azure.server;
        AzureServicePrincipalsTest.spToken(ProdServer.azure, CLIENT_ID, SP_OBJECT_ID);
        server.stubFor(get(arm(VNET)).willReturn(json(200, "{\"id\":\"" + VNET + "\",\"location\":\"eastus\","
                + "\"properties\":{\"addressSpace\":{\"addressPrefixes\":[\"10.0.0.0/16\"]}}}")));
        server.stubFor(get(arm(VNET + "/subnets/master")).willReturn(json(200, "{\"id\":\"" + VNET
                + "/subnets/master\",\"properties\":{\"addressPrefix\":\"10.0.0.0/24\"}}")));
        server.stubFor(get(arm(VNET + "/subnets/worker")).willReturn(json(200, "{\"id\":\"" + VNET
                + "/subnets/worker\",\"properties\":{\"addressPrefix\":\"10.0.1.0/24\"}}")));
        server.stubFor(get(arm(VNET + "/providers/Microsoft.Authorization/roleAssignments")).willReturn(json(200,
                "{\"value\":[{\"id\":\"" + VNET + "/providers/Microsoft.Authorization/roleAssignments/a1\","
                        + "\"properties\":{\"scope\":\"" + VNET + "\",\"roleDefinitionId\":\"" + ROLE + "\"}}]}")));
        server.stubFor(get(arm(ROLE)).willReturn(json(200, "{\"id\":\"" + ROLE + "\",\"properties\":{"
                + "\"permissions\":[{\"actions\":[\"Microsoft.Network/*\"],\"notActions\":[]}]}}")));
        String location = "/subscriptions/" + SUB + "/providers/Microsoft.Compute/locations/eastus";
        server.stubFor(get(arm(location + "/vmSizes")).willReturn(json(200, "{\"value\":[{\"name\":"
                + "\"Standard_D8s_v3\",\"numberOfCores\":8},{\"name\":\"Standard_D4s_v3\",\"numberOfCores\":4}]}")));
        usages(Scenario.STARTED, 190, "freed");
        usages("freed", 150, "taken");
        usages("taken", 190, "taken");
        server.stubFor(get(arm("/subscriptions/" + SUB + "/providers/Microsoft.Network/locations/eastus/usages"))
                .willReturn(json(200, "{\"value\":[{\"name\":{\"value\":\"PublicIPAddresses\"},"
                        + "\"currentValue\":0,\"limit\":1000}]}")));
        server.stubFor(get(arm(SKUS)).willReturn(json(200, "{\"value\":[" + sku("Standard_D8s_v3") + ","
                + sku("Standard_D4s_v3") + "]}")));
        server.stubFor(get(arm("/subscriptions/" + SUB + "/providers")).willReturn(json(200, "{\"value\":["
                + Stream.of("Authorization", "Compute", "Network", "Storage").map(ns -> "{\"namespace\":\"Microsoft."
                        + ns + "\",\"registrationState\":\"Registered\"}").collect(Collectors.joining(",")) + "]}")));
        server.stubFor(get(urlPathMatching(".*")).atPriority(10).willReturn(json(404,
                "{\"error\":{\"code\":\"ResourceNotFound\",\"message\":\"not in the stub\"}}")));
    }

    /** The regional cores as each read sees them: short, then freed for the PUT, then taken before the backend. */
    private static void usages(String state, int current, String next) {
        ProdServer.azure.server.stubFor(get(arm("/subscriptions/" + SUB + "/providers/Microsoft.Compute/locations/"
                + "eastus/usages")).inScenario("cores").whenScenarioStateIs(state).willSetStateTo(next)
                .willReturn(json(200, "{\"value\":[{\"name\":{\"value\":\"cores\"},\"currentValue\":" + current
                        + ",\"limit\":200}]}")));
    }

    private static String sku(String name) {
        return "{\"resourceType\":\"virtualMachines\",\"name\":\"" + name + "\",\"locations\":[\"eastus\"],"
                + "\"restrictions\":[],\"capabilities\":[{\"name\":\"EncryptionAtHostSupported\",\"value\":\"True\"}]}";
    }

    private HttpResponse<String> put(String id) throws Exception {
        return rp.send(HttpRequest.newBuilder(rp.uri(id + API)).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(ClusterBodies.create(SUB, NAME))));
    }

    private static JsonObject error(HttpResponse<String> response) {
        try (var reader = jakarta.json.Json.createReader(new java.io.StringReader(response.body()))) {
            return reader.readObject().getJsonObject("error");
        }
    }

    private void register() throws Exception {
        HttpResponse<String> r = rp.send(HttpRequest.newBuilder(rp.uri("/subscriptions/" + SUB + "?api-version=2.0"))
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(
                        "{\"state\":\"Registered\",\"properties\":{\"tenantId\":\"" + AzureStub.CUSTOMER_TENANT
                                + "\"}}")));
        assertEquals(201, r.statusCode(), r.body());
    }

    private JsonObject await(String asyncUrl) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (true) {
            String body = rp.send(HttpRequest.newBuilder(URI.create(asyncUrl)).GET()).body();
            JsonObject status;
            try (var reader = jakarta.json.Json.createReader(new java.io.StringReader(body))) {
                status = reader.readObject();
            }
            String s = status.getString("status");
            if (s.equals("Succeeded") || s.equals("Failed") || System.nanoTime() > deadline) {
                return status;
            }
            Thread.sleep(200);
        }
    }
}
