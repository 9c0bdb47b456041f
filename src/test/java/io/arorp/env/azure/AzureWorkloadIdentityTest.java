package io.arorp.env.azure;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.binaryEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.arorp.env.azure.AzureStub.arm;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.arorp.env.cloud.ClusterMsiCredentials;
import io.arorp.env.cloud.FederatedCredentials.FederatedCredential;
import io.arorp.env.cloud.ManagedIdentities;
import io.arorp.env.cloud.OidcIssuers;
import io.arorp.env.cloud.RoleDefinitions;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The workload identity adapters against the ARM, Blob, Key Vault and managed identity data plane stub: method,
 * path, api-version, token (whose tenant) and body of each call.
 */
class AzureWorkloadIdentityTest extends AzureStubTest {
    static final String MSI_VERSION = "2024-11-30";
    static final String IDENTITY = SUB + "/resourceGroups/ids/providers/Microsoft.ManagedIdentity/"
            + "userAssignedIdentities/ingress";
    static final String CREDENTIALS = IDENTITY + "/federatedIdentityCredentials";
    static final String CLIENT = "aaaaaaaa-0000-0000-0000-000000000001";
    static final String PRINCIPAL = "bbbbbbbb-0000-0000-0000-000000000002";

    @Test
    void readsAUserAssignedIdentitysIdsAndTakesAMissingOneAsAbsent() {
        azure.server.stubFor(get(arm(IDENTITY)).willReturn(json(200, "{\"id\":\"" + IDENTITY + "\",\"name\":"
                + "\"ingress\",\"location\":\"eastus\",\"properties\":{\"clientId\":\"" + CLIENT + "\",\"principalId\":\""
                + PRINCIPAL + "\",\"tenantId\":\"" + AzureStub.CUSTOMER_TENANT + "\"}}")));
        azure.server.stubFor(get(arm(IDENTITY + "x")).willReturn(error(404, "ResourceNotFound", "gone")));

        assertEquals(new ManagedIdentities.Identity(IDENTITY, CLIENT, PRINCIPAL, AzureStub.CUSTOMER_TENANT),
                azure.cloud.managedIdentities().get(IDENTITY).orElseThrow());
        assertTrue(azure.cloud.managedIdentities().get(IDENTITY + "x").isEmpty());
        azure.server.verify(getRequestedFor(arm(IDENTITY)).withQueryParam("api-version", equalTo(MSI_VERSION))
                .withHeader("Authorization", equalTo(CUSTOMER_TOKEN)));
    }

    @Test
    void writesListsAndDeletesFederatedCredentials() {
        azure.server.stubFor(put(arm(CREDENTIALS + "/c1_sa_x")).willReturn(json(200, credential("c1_sa_x"))));
        azure.server.stubFor(get(arm(CREDENTIALS)).willReturn(json(200, "{\"value\":[" + credential("c1_sa_x")
                + "]}")));
        azure.server.stubFor(delete(arm(CREDENTIALS + "/c1_sa_x")).willReturn(aResponse().withStatus(200)));
        azure.server.stubFor(delete(arm(CREDENTIALS + "/gone")).willReturn(error(404, "NotFound", "gone")));
        var wanted = new FederatedCredential("c1_sa_x", "https://issuer.example/doc", "system:serviceaccount:ns:sa",
                List.of("openshift"));

        azure.cloud.federatedCredentials().put(IDENTITY, wanted);
        assertEquals(List.of(wanted), azure.cloud.federatedCredentials().list(IDENTITY));
        azure.cloud.federatedCredentials().delete(IDENTITY, "c1_sa_x");
        azure.cloud.federatedCredentials().delete(IDENTITY, "gone");

        azure.server.verify(putRequestedFor(arm(CREDENTIALS + "/c1_sa_x"))
                .withQueryParam("api-version", equalTo(MSI_VERSION)).withHeader("Authorization", equalTo(CUSTOMER_TOKEN))
                .withRequestBody(equalToJson("{\"properties\":{\"issuer\":\"https://issuer.example/doc\",\"subject\":"
                        + "\"system:serviceaccount:ns:sa\",\"audiences\":[\"openshift\"]}}")));
        azure.server.verify(getRequestedFor(arm(CREDENTIALS)).withQueryParam("api-version", equalTo(MSI_VERSION)));
        azure.server.verify(deleteRequestedFor(arm(CREDENTIALS + "/c1_sa_x"))
                .withQueryParam("api-version", equalTo(MSI_VERSION)));
    }

    @Test
    void anIdentityThatIsGoneHasNoFederatedCredentials() {
        azure.server.stubFor(get(arm(CREDENTIALS)).willReturn(error(404, "ResourceNotFound", "gone")));

        assertEquals(List.of(), azure.cloud.federatedCredentials().list(IDENTITY));
    }

    @Test
    void readsARoleDefinitionInTheCustomersSubscription() {
        String guid = "4d97b98b-1d4f-4787-a291-c67834d212e7";
        String path = SUB + "/providers/Microsoft.Authorization/roleDefinitions/" + guid;
        azure.server.stubFor(get(arm(path)).willReturn(json(200, "{\"id\":\"" + path + "\",\"properties\":{"
                + "\"roleName\":\"Network Contributor\",\"permissions\":[{\"actions\":[\"Microsoft.Network/*\"],"
                + "\"notActions\":[\"Microsoft.Network/virtualNetworks/delete\"]}]}}")));

        RoleDefinitions.RoleDefinition role = azure.cloud.roleDefinitions().get(AzureStub.SUBSCRIPTION,
                "/providers/Microsoft.Authorization/roleDefinitions/" + guid).orElseThrow();

        assertEquals("Network Contributor", role.roleName());
        assertTrue(role.allows("Microsoft.Network/virtualNetworks/subnets/join/action"));
        assertFalse(role.allows("Microsoft.Network/virtualNetworks/delete"));
        assertFalse(role.allows("Microsoft.Compute/virtualMachines/read"));
        azure.server.verify(getRequestedFor(arm(path)).withQueryParam("api-version", equalTo("2022-04-01"))
                .withHeader("Authorization", equalTo(CUSTOMER_TOKEN)));
    }

    @Test
    void publishesAndDeletesIssuerDocumentsInTheRpsOidcAccountAsTheRp() {
        OidcIssuers oidc = azure.cloud.oidcIssuers("oidcacct", URI.create("https://oidc.example"));
        String blob = "/blob/oidcacct/$web/doc1/.well-known/openid-configuration";
        byte[] discovery = "{\"issuer\":\"https://oidc.example/doc1\"}".getBytes(StandardCharsets.UTF_8);
        azure.server.stubFor(put(urlPathEqualTo(blob)).willReturn(aResponse().withStatus(201)));
        azure.server.stubFor(delete(urlPathEqualTo(blob)).willReturn(aResponse().withStatus(202)));

        assertEquals("https://oidc.example/doc1", oidc.issuerUrl("doc1"));
        oidc.put("doc1", ".well-known/openid-configuration", discovery);
        oidc.delete("doc1", ".well-known/openid-configuration");

        azure.server.verify(putRequestedFor(urlPathEqualTo(blob)).withHeader("Authorization", equalTo(RP_TOKEN))
                .withHeader("x-ms-blob-type", equalTo("BlockBlob")).withHeader("x-ms-version",
                        equalTo(AzureStorage.VERSION)).withHeader("Content-Type", equalTo("application/json"))
                .withRequestBody(binaryEqualTo(discovery)));
        azure.server.verify(deleteRequestedFor(urlPathEqualTo(blob)).withHeader("Authorization", equalTo(RP_TOKEN)));
    }

    @Test
    void fetchesTheClusterIdentitysCredentialAndKeepsItInTheMsiVault() {
        ClusterMsiCredentials msi = azure.cloud.clusterMsiCredentials(URI.create(azure.base() + "msivault"));
        String identityUrl = azure.base() + "msi/subscriptions/s/credentials?tid=t&oid=o&aid=a";
        String explicit = "{\"client_id\":\"" + CLIENT + "\",\"object_id\":\"" + PRINCIPAL + "\",\"tenant_id\":\""
                + AzureStub.CUSTOMER_TENANT + "\",\"resource_id\":\"" + IDENTITY + "\",\"client_secret\":\"cGZ4\","
                + "\"not_after\":\"2027-03-01T00:00:00Z\",\"renew_after\":\"2027-01-15T00:00:00Z\"}";
        azure.server.stubFor(post(urlPathEqualTo("/msi/subscriptions/s/credentials")).willReturn(json(200,
                "{\"explicit_identities\":[" + explicit + "]}")));
        azure.server.stubFor(put(urlPathEqualTo("/msivault/secrets/msi-doc1")).willReturn(json(200, "{}")));
        azure.server.stubFor(get(urlPathEqualTo("/msivault/secrets/msi-doc1")).willReturn(json(200,
                "{\"value\":" + com.fasterxml.jackson.databind.node.TextNode.valueOf(explicit) + "}")));

        ClusterMsiCredentials.Credential fetched = msi.refresh("msi-doc1", identityUrl, IDENTITY);
        ClusterMsiCredentials.Credential stored = msi.stored("msi-doc1").orElseThrow();

        var expected = new ClusterMsiCredentials.Credential(CLIENT, PRINCIPAL, AzureStub.CUSTOMER_TENANT,
                Instant.parse("2027-03-01T00:00:00Z"), Instant.parse("2027-01-15T00:00:00Z"));
        assertEquals(expected, fetched);
        assertEquals(expected, stored);
        azure.server.verify(postRequestedFor(urlPathEqualTo("/msi/subscriptions/s/credentials"))
                .withQueryParam("tid", equalTo("t")).withQueryParam("api-version",
                        equalTo(AzureClusterMsiCredentials.MSI_API_VERSION))
                .withHeader("Authorization", equalTo(CUSTOMER_TOKEN))
                .withRequestBody(equalToJson("{\"identityIds\":[\"" + IDENTITY + "\"]}")));
        azure.server.verify(putRequestedFor(urlPathEqualTo("/msivault/secrets/msi-doc1"))
                .withQueryParam("api-version", equalTo("7.4")).withHeader("Authorization", equalTo(RP_TOKEN))
                .withRequestBody(matchingJsonPath("$.attributes.exp",
                        equalTo(String.valueOf(Instant.parse("2027-03-01T00:00:00Z").getEpochSecond()))))
                .withRequestBody(matchingJsonPath("$.value", equalToJson(explicit))));
    }

    private static String credential(String name) {
        return "{\"id\":\"" + CREDENTIALS + "/" + name + "\",\"name\":\"" + name + "\",\"properties\":{\"issuer\":"
                + "\"https://issuer.example/doc\",\"subject\":\"system:serviceaccount:ns:sa\",\"audiences\":"
                + "[\"openshift\"]}}";
    }
}
