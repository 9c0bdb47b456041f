package io.arorp.env.azure;

import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToIgnoreCase;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static io.arorp.env.azure.AzureStub.arm;
import static io.arorp.env.azure.AzureStubTest.error;
import static io.arorp.env.azure.AzureStubTest.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.matching.UrlPathPattern;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.arorp.testing.ClusterBodies;
import io.arorp.testing.Deployments;
import io.arorp.testing.RpClient;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
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
 * A prod-profile server (backend role, Azure adapters, Hive installer) against stubbed Azure, ready only once its
 * sealing keys and serving certificate came from the stubbed service vault. The PUT's create checks read resource
 * SKUs, usages and provider registrations through ARM: a subscription short of cores is refused at once. Once cores
 * are freed the PUT is accepted, but another deployment takes them before the backend's dynamic validation (as the
 * first-party identity, with a token of the customer's tenant; the cluster service principal's permissions checked by
 * the object id its own sign-in reveals), which fails with Azure's quota answer; its delete then removes the RP's
 * private endpoint (never made: Azure's 404 is fine) and reaches 404. A cluster of another subscription gets past
 * validation: its token in the RP's registry is made and issued a password, then a policy refuses its managed resource
 * group; its delete gives the token back. A third goes the whole way: created to Succeeded (ARM, Key Vault and Blob
 * played by {@link ArmFake}, Hive installing a simulated cluster whose operator reports ready), admin-updated to
 * Succeeded (its registry password rotated) and deleted to 404, its managed resource group gone. Each subscription has
 * its own stubs, so the tests need no order.
 */
@ExtendWith({ProdServer.class, ArquillianExtension.class})
@RunAsClient
class ProdAzureIT {
    static final String API = "?api-version=2025-07-25";
    static final String SP_OBJECT_ID = "55555555-0000-0000-0000-000000000005";
    static final String RP_ENDPOINTS = "/subscriptions/" + AzureStub.RP_SUBSCRIPTION
            + "/resourceGroups/rp-eastus/providers/Microsoft.Network/privateEndpoints/rp-pe-";
    static final UrlPathPattern TOKENS = urlPathMatching("(?i)" + ProdServer.ACR + "/tokens/token-[0-9a-f-]+");
    private final RpClient rp = new RpClient();

    /** A customer's cluster: its subscription, name, VNet and service principal. */
    record Customer(String subscription, String name) {
        String vnet() {
            return "/subscriptions/" + subscription + "/resourceGroups/vnet-rg/providers/Microsoft.Network/"
                    + "virtualNetworks/vnet-" + name;
        }

        String clientId() {
            return UUID.nameUUIDFromBytes(name.getBytes()).toString();
        }

        String id() {
            return ClusterBodies.clusterId(subscription, "rg", name);
        }

        String role() {
            return "/subscriptions/" + subscription + "/providers/Microsoft.Authorization/roleDefinitions/"
                    + "4d97b98b-1d4f-4787-a291-c67834d212e7";
        }

        String path(String suffix) {
            return "/subscriptions/" + subscription + suffix;
        }
    }

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.packagedWar();
    }

    @Test
    void createValidatesThroughArmAndFailsOnQuotaThenDeleteRemovesTheRpsEndpoint() throws Exception {
        awaitReadyServingTheVaultsCertificate();
        Customer c = new Customer(AzureStub.SUBSCRIPTION, "prod1");
        stubCustomer(c);
        usages(c, Scenario.STARTED, 190, "freed");
        usages(c, "freed", 150, "taken");
        usages(c, "taken", 190, "taken");
        ProdServer.azure.server.stubFor(delete(urlPathMatching("(?i)" + RP_ENDPOINTS + ".*"))
                .willReturn(error(404, "ResourceNotFound", "never made")));
        register(c.subscription());
        HttpResponse<String> refused = putCluster(c);
        assertEquals(400, refused.statusCode(), refused.body());
        assertEquals("ResourceQuotaExceeded", errorOf(refused).getString("code"), refused.body());
        assertEquals("Resource quota of cores exceeded. Maximum allowed: 200, Current in use: 190, Additional "
                + "requested: 44.", errorOf(refused).getString("message"));

        HttpResponse<String> created = putCluster(c);
        assertEquals(201, created.statusCode(), created.body());

        JsonObject op = await(created.headers().firstValue("Azure-AsyncOperation").orElseThrow());
        assertEquals("Failed", op.getString("status"), op.toString());
        assertEquals("ResourceQuotaExceeded", op.getJsonObject("error").getString("code"), op.toString());
        assertEquals("Resource quota of cores exceeded. Maximum allowed: 200, Current in use: 190, Additional "
                + "requested: 36.", op.getJsonObject("error").getString("message"));
        var server = ProdServer.azure.server;
        server.verify(postRequestedFor(urlPathEqualTo("/" + AzureStub.CUSTOMER_TENANT + "/oauth2/v2.0/token")));
        server.verify(getRequestedFor(arm(c.vnet())).withHeader("Authorization",
                equalTo("Bearer token-" + AzureStub.CUSTOMER_TENANT)));
        server.verify(getRequestedFor(arm(c.vnet() + "/subnets/worker")));
        server.verify(postRequestedFor(urlPathEqualTo("/" + AzureStub.CUSTOMER_TENANT + "/oauth2/v2.0/token"))
                .withRequestBody(containing("client_id=" + c.clientId())));
        server.verify(getRequestedFor(arm(c.vnet() + "/providers/Microsoft.Authorization/roleAssignments"))
                .withQueryParam("$filter", containing("assignedTo('" + SP_OBJECT_ID + "')")));
        server.verify(3, getRequestedFor(arm(c.path("/providers/Microsoft.Compute/locations/eastus/usages"))));
        server.verify(getRequestedFor(arm(c.path("/providers/Microsoft.Compute/skus")))
                .withQueryParam("$filter", equalTo("location eq 'eastus'")));
        server.verify(getRequestedFor(arm(c.path("/providers/Microsoft.Network/locations/eastus/usages"))));
        server.verify(getRequestedFor(arm(c.path("/providers"))));

        deleteToNotFound(c);
        server.verify(deleteRequestedFor(urlPathMatching("(?i)" + RP_ENDPOINTS + "[0-9a-f-]+"))
                .withQueryParam("api-version", equalTo(AzurePrivateEndpointsTest.VERSION)));
    }

    @Test
    void aClusterRefusedByPolicyGivesItsRegistryTokenBackOnDelete() throws Exception {
        Customer c = customerWithCores("66666666-0000-0000-0000-000000000006", "prod2");
        var server = ProdServer.azure.server;
        server.stubFor(put(arm(c.path("/resourceGroups/aro-prod2"))).willReturn(error(403,
                "RequestDisallowedByPolicy", "Resource 'aro-prod2' was disallowed by policy.")));
        register(c.subscription());

        HttpResponse<String> created = putCluster(c);
        assertEquals(201, created.statusCode(), created.body());
        JsonObject op = await(created.headers().firstValue("Azure-AsyncOperation").orElseThrow());

        assertEquals("Failed", op.getString("status"), op.toString());
        assertEquals("DeploymentFailed", op.getJsonObject("error").getString("code"), op.toString());
        assertTrue(op.getJsonObject("error").getString("message").contains("disallowed by policy"), op.toString());
        String registryToken = "Bearer token-" + AzureStub.RP_TENANT;
        server.verify(putRequestedFor(TOKENS).withHeader("Authorization", equalTo(registryToken))
                .withQueryParam("api-version", equalTo(AzureContainerRegistryTest.VERSION))
                .withRequestBody(equalToJson("{\"properties\":{\"scopeMapId\":\"" + ProdServer.ACR
                        + "/scopeMaps/_repositories_pull\",\"status\":\"enabled\"}}")));
        server.verify(postRequestedFor(arm(ProdServer.ACR + "/generateCredentials"))
                .withHeader("Authorization", equalTo(registryToken))
                .withRequestBody(equalToJson("{\"name\":\"password1\"}", true, true)));
        String token = server.findAll(putRequestedFor(TOKENS)).get(0).getUrl().replaceAll("\\?.*", "");

        deleteToNotFound(c);
        server.verify(deleteRequestedFor(urlPathEqualTo(token))
                .withQueryParam("api-version", equalTo(AzureContainerRegistryTest.VERSION)));
    }

    /** Once the server is ready: a customer with cores to spare, and the RP's registry. */
    private Customer customerWithCores(String subscription, String name) throws Exception {
        awaitReadyServingTheVaultsCertificate();
        Customer c = new Customer(subscription, name);
        stubCustomer(c);
        usages(c, Scenario.STARTED, 0, Scenario.STARTED);
        stubRegistry();
        return c;
    }

    /** The RP's registry: tokens made, issued passwords and deleted as Azure would. */
    private static void stubRegistry() {
        var server = ProdServer.azure.server;
        server.stubFor(put(TOKENS).willReturn(json(200, "{\"properties\":{\"provisioningState\":\"Succeeded\","
                + "\"status\":\"enabled\"}}")));
        server.stubFor(post(arm(ProdServer.ACR + "/generateCredentials")).willReturn(json(200, "{\"passwords\":["
                + "{\"name\":\"password1\",\"value\":\"acr-password-1\"}]}")));
        server.stubFor(delete(TOKENS).willReturn(json(200, "{}")));
    }

    @Test
    void oneClusterIsCreatedAdminUpdatedAndDeletedThroughArmAndHive() throws Exception {
        Customer c = customerWithCores("77777777-0000-0000-0000-000000000007", "prod3");
        var azure = ProdServer.azure;
        for (String pattern : new String[] {"(?i)/subscriptions/" + c.subscription() + "/.*",
                "(?i)/subscriptions/" + AzureStub.RP_SUBSCRIPTION + "/.*", "/vault/.*", "/blob/.*"}) {
            azure.server.stubFor(any(urlPathMatching(pattern)).atPriority(9)
                    .willReturn(com.github.tomakehurst.wiremock.client.WireMock.aResponse()
                            .withTransformers(ArmFake.NAME)));
        }
        azure.fake.seed(c.vnet(), "{\"location\":\"eastus\",\"properties\":{\"addressSpace\":{"
                + "\"addressPrefixes\":[\"10.0.0.0/16\"]}}}");
        azure.fake.seed(c.vnet() + "/subnets/master", "{\"properties\":{\"addressPrefix\":\"10.0.0.0/24\"}}");
        azure.fake.seed(c.vnet() + "/subnets/worker", "{\"properties\":{\"addressPrefix\":\"10.0.1.0/24\"}}");
        azure.server.removeStubsByMetadata(com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath(
                "$.customer", equalTo(c.subscription() + "-network")));
        register(c.subscription());
        var passwords = postRequestedFor(arm(ProdServer.ACR + "/generateCredentials"));
        int issuedBefore = azure.server.findAll(passwords).size(); // another test's cluster may have had one
        try (var clusters = io.arorp.env.hive.HiveClusters.installedBy(ProdServer.hive)) {
            HttpResponse<String> created = putCluster(c);
            assertEquals(201, created.statusCode(), created.body());
            JsonObject op = await(created.headers().firstValue("Azure-AsyncOperation").orElseThrow());
            assertEquals("Succeeded", op.getString("status"), op.toString());
            seedMasterNics(c); // what the installer Hive runs creates: the admin update's fixSSH joins them to pools

            HttpResponse<String> maintenance = rp.send(HttpRequest.newBuilder(rp.uri(c.id() + "?api-version=admin"))
                    .header("Content-Type", "application/json").method("PATCH", HttpRequest.BodyPublishers.ofString(
                            "{\"properties\":{\"maintenanceTask\":\"Everything\"}}")));
            assertEquals(200, maintenance.statusCode(), maintenance.body());
            awaitState(c, "Succeeded");
            String adminUpdateError = adminProperties(c).getString("lastAdminUpdateError", "");
            assertEquals("", adminUpdateError, "the admin update ran every step");

            deleteToNotFound(c);
        }
        String group = c.path("/resourceGroups/aro-prod3");
        azure.server.verify(putRequestedFor(arm(group)).withRequestBody(matchingJsonPath("$.managedBy",
                equalToIgnoreCase(c.id()))));
        azure.server.verify(putRequestedFor(arm(group + "/providers/Microsoft.Resources/deployments/storage")));
        azure.server.verify(putRequestedFor(urlPathMatching("(?i)" + RP_ENDPOINTS + "[0-9a-f-]+"))
                .withRequestBody(matchingJsonPath("$.properties.subnet.id", equalTo(AzurePrivateEndpointsTest.SUBNET)))
                .withRequestBody(matchingJsonPath("$.properties.manualPrivateLinkServiceConnections[0].properties"
                        + ".privateLinkServiceId", matching("(?i)" + group
                        + "/providers/Microsoft.Network/privateLinkServices/prod3-[a-z0-9]+-pls"))));
        assertEquals(issuedBefore + 2, azure.server.findAll(passwords).size(), "issued on create, rotated on update");
        azure.server.verify(putRequestedFor(arm(group + "/providers/Microsoft.Resources/deployments/fixssh"))
                .withRequestBody(containing("ssh-0")));
        azure.server.verify(deleteRequestedFor(arm(group)));
        assertTrue(!azure.fake.has(group), "the managed resource group is gone");
    }

    private JsonObject adminProperties(Customer c) throws Exception {
        String body = rp.get(rp.https(), c.id() + "?api-version=admin").body();
        try (var reader = jakarta.json.Json.createReader(new java.io.StringReader(body))) {
            return reader.readObject().getJsonObject("properties");
        }
    }

    /** The three master NICs the installer makes (installer naming), each with its one IP configuration. */
    private void seedMasterNics(Customer c) throws Exception {
        String infraId = adminProperties(c).getString("infraId");
        for (int i = 0; i < 3; i++) {
            ProdServer.azure.fake.seed(c.path("/resourceGroups/aro-prod3/providers/Microsoft.Network/networkInterfaces/" + infraId
                    + "-master" + i + "-nic"), "{\"location\":\"eastus\",\"properties\":{\"ipConfigurations\":[{"
                    + "\"name\":\"pipConfig\",\"properties\":{\"privateIPAllocationMethod\":\"Dynamic\"}}]}}");
        }
    }

    private void awaitState(Customer c, String state) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(300).toNanos();
        String now = null;
        while (!state.equals(now) && System.nanoTime() < deadline) {
            Thread.sleep(300);
            String body = rp.get(rp.https(), c.id() + "?api-version=admin").body();
            try (var reader = jakarta.json.Json.createReader(new java.io.StringReader(body))) {
                now = reader.readObject().getJsonObject("properties").getString("provisioningState");
            }
        }
        assertEquals(state, now);
    }

    private void deleteToNotFound(Customer c) throws Exception {
        HttpResponse<String> deleted = rp.send(HttpRequest.newBuilder(rp.uri(c.id() + API)).DELETE());
        assertEquals(202, deleted.statusCode(), deleted.body());
        JsonObject gone = await(deleted.headers().firstValue("Azure-AsyncOperation").orElseThrow());
        assertEquals("Succeeded", gone.getString("status"), gone.toString());
        assertEquals(404, rp.get(rp.https(), c.id() + API).statusCode());
    }

    /**
     * Ready only once the sealing keys and the serving certificate were read from the service vault; Liberty then
     * serves the vault's certificate (it polls its key store file, so the first handshakes may still see its own).
     */
    private void awaitReadyServingTheVaultsCertificate() throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(180).toNanos();
        // plain clients: the RP client trusts the key store file as it is at its first use, so not before the vault's
        HttpClient plain = HttpClient.newHttpClient();
        HttpRequest health = HttpRequest.newBuilder(URI.create(rp.http() + "/health/ready")).build();
        HttpResponse<String> ready = plain.send(health, HttpResponse.BodyHandlers.ofString());
        while (ready.statusCode() != 200 && System.nanoTime() < deadline) {
            Thread.sleep(500);
            ready = plain.send(health, HttpResponse.BodyHandlers.ofString());
        }
        assertEquals(200, ready.statusCode(), ready.body());
        var server = ProdServer.azure.server;
        server.verify(getRequestedFor(urlPathEqualTo(ServiceVaultStub.KEYS + "/k2"))
                .withHeader("Authorization", equalTo("Bearer token-" + AzureStub.RP_TENANT)));
        server.verify(getRequestedFor(urlPathEqualTo(ServiceVaultStub.SERVING)));
        String issuer = null;
        while (issuer == null || !issuer.contains("rp-server-ca")) {
            // a new client each time: a pooled connection would keep the certificate of its handshake
            HttpClient tls = HttpClient.newBuilder().sslContext(RpClient.sslContext(RpClient.Identity.ARM)).build();
            try {
                var served = tls.send(HttpRequest.newBuilder(rp.uri("/healthz/ready")).build(),
                        HttpResponse.BodyHandlers.ofString());
                issuer = ((java.security.cert.X509Certificate) served.sslSession().orElseThrow()
                        .getPeerCertificates()[0]).getIssuerX500Principal().getName();
            } catch (java.io.IOException e) {
                issuer = e.toString(); // Liberty still serves its own certificate, which the client does not trust
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the vault's certificate is not served: " + issuer);
            }
            Thread.sleep(500);
        }
    }

    /** The customer's network, service principal, role, VM sizes and SKUs, providers; anything else is not found. */
    private static void stubCustomer(Customer c) {
        var server = ProdServer.azure.server;
        AzureServicePrincipalsTest.spToken(ProdServer.azure, c.clientId(), SP_OBJECT_ID);
        server.stubFor(get(arm(c.vnet())).withMetadata(network(c)).willReturn(json(200, "{\"id\":\"" + c.vnet() + "\",\"location\":"
                + "\"eastus\",\"properties\":{\"addressSpace\":{\"addressPrefixes\":[\"10.0.0.0/16\"]}}}")));
        server.stubFor(get(arm(c.vnet() + "/subnets/master")).withMetadata(network(c)).willReturn(json(200, "{\"id\":\"" + c.vnet()
                + "/subnets/master\",\"properties\":{\"addressPrefix\":\"10.0.0.0/24\"}}")));
        server.stubFor(get(arm(c.vnet() + "/subnets/worker")).withMetadata(network(c)).willReturn(json(200, "{\"id\":\"" + c.vnet()
                + "/subnets/worker\",\"properties\":{\"addressPrefix\":\"10.0.1.0/24\"}}")));
        server.stubFor(get(arm(c.vnet() + "/providers/Microsoft.Authorization/roleAssignments")).willReturn(json(200,
                "{\"value\":[{\"id\":\"" + c.vnet() + "/providers/Microsoft.Authorization/roleAssignments/a1\","
                        + "\"properties\":{\"scope\":\"" + c.vnet() + "\",\"roleDefinitionId\":\"" + c.role()
                        + "\"}}]}")));
        server.stubFor(get(arm(c.role())).willReturn(json(200, "{\"id\":\"" + c.role() + "\",\"properties\":{"
                + "\"permissions\":[{\"actions\":[\"Microsoft.Network/*\"],\"notActions\":[]}]}}")));
        server.stubFor(get(arm(c.path("/providers/Microsoft.Compute/locations/eastus/vmSizes"))).willReturn(json(200,
                "{\"value\":[{\"name\":\"Standard_D8s_v3\",\"numberOfCores\":8},{\"name\":\"Standard_D4s_v3\","
                        + "\"numberOfCores\":4}]}")));
        server.stubFor(get(arm(c.path("/providers/Microsoft.Network/locations/eastus/usages"))).willReturn(json(200,
                "{\"value\":[{\"name\":{\"value\":\"PublicIPAddresses\"},\"currentValue\":0,\"limit\":1000}]}")));
        server.stubFor(get(arm(c.path("/providers/Microsoft.Compute/skus"))).willReturn(json(200, "{\"value\":["
                + sku("Standard_D8s_v3") + "," + sku("Standard_D4s_v3") + "]}")));
        server.stubFor(get(arm(c.path("/providers"))).willReturn(json(200, "{\"value\":["
                + Stream.of("Authorization", "Compute", "Network", "Storage").map(ns -> "{\"namespace\":\"Microsoft."
                        + ns + "\",\"registrationState\":\"Registered\"}").collect(Collectors.joining(",")) + "]}")));
        server.stubFor(get(urlPathMatching(".*")).atPriority(10).willReturn(json(404,
                "{\"error\":{\"code\":\"ResourceNotFound\",\"message\":\"not in the stub\"}}")));
    }

    private static com.github.tomakehurst.wiremock.common.Metadata network(Customer c) {
        return com.github.tomakehurst.wiremock.common.Metadata.metadata().attr("customer", c.subscription()
                + "-network").build();
    }

    /** The regional cores as each read sees them (a scenario per subscription). */
    private static void usages(Customer c, String state, int current, String next) {
        ProdServer.azure.server.stubFor(get(arm(c.path("/providers/Microsoft.Compute/locations/eastus/usages")))
                .inScenario("cores " + c.subscription()).whenScenarioStateIs(state).willSetStateTo(next)
                .willReturn(json(200, "{\"value\":[{\"name\":{\"value\":\"cores\"},\"currentValue\":" + current
                        + ",\"limit\":200}]}")));
    }

    private static String sku(String name) {
        return "{\"resourceType\":\"virtualMachines\",\"name\":\"" + name + "\",\"locations\":[\"eastus\"],"
                + "\"restrictions\":[],\"capabilities\":[{\"name\":\"EncryptionAtHostSupported\",\"value\":\"True\"}]}";
    }

    private HttpResponse<String> putCluster(Customer c) throws Exception {
        return rp.send(HttpRequest.newBuilder(rp.uri(c.id() + API)).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(ClusterBodies.create(c.subscription(), c.name()))));
    }

    private static JsonObject errorOf(HttpResponse<String> response) {
        try (var reader = jakarta.json.Json.createReader(new java.io.StringReader(response.body()))) {
            return reader.readObject().getJsonObject("error");
        }
    }

    private void register(String subscription) throws Exception {
        HttpResponse<String> r = rp.send(HttpRequest.newBuilder(rp.uri("/subscriptions/" + subscription
                + "?api-version=2.0")).header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers
                .ofString("{\"state\":\"Registered\",\"properties\":{\"tenantId\":\"" + AzureStub.CUSTOMER_TENANT
                        + "\"}}")));
        assertEquals(201, r.statusCode(), r.body());
    }

    private JsonObject await(String asyncUrl) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(300).toNanos();
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
