package io.arorp.env.azure;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.binaryEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
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
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.TextNode;
import io.arorp.api.CloudException;
import io.arorp.env.cloud.ClusterMsiCredentials;
import io.arorp.env.cloud.FederatedCredentials;
import io.arorp.env.cloud.FederatedCredentials.FederatedCredential;
import io.arorp.env.cloud.ManagedIdentities;
import io.arorp.env.cloud.OidcIssuers;
import io.arorp.env.cloud.RoleDefinitions;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.KeyStore;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
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
    void writesListsAndDeletesFederatedCredentialsAsTheClusterIdentity() throws Exception {
        storedCredential("msi-doc1");
        azure.server.stubFor(put(arm(CREDENTIALS + "/c1_sa_x")).willReturn(json(200, credential("c1_sa_x"))));
        azure.server.stubFor(get(arm(CREDENTIALS)).willReturn(json(200, "{\"value\":[" + credential("c1_sa_x")
                + "]}")));
        azure.server.stubFor(delete(arm(CREDENTIALS + "/c1_sa_x")).willReturn(aResponse().withStatus(200)));
        azure.server.stubFor(delete(arm(CREDENTIALS + "/gone")).willReturn(error(404, "NotFound", "gone")));
        var wanted = new FederatedCredential("c1_sa_x", "https://issuer.example/doc", "system:serviceaccount:ns:sa",
                List.of("openshift"));

        FederatedCredentials asCluster = msiVault().actingAs("msi-doc1");
        asCluster.put(IDENTITY, wanted);
        assertEquals(List.of(wanted), asCluster.list(IDENTITY));
        asCluster.delete(IDENTITY, "c1_sa_x");
        asCluster.delete(IDENTITY, "gone");

        azure.server.verify(putRequestedFor(arm(CREDENTIALS + "/c1_sa_x"))
                .withQueryParam("api-version", equalTo(MSI_VERSION)).withHeader("Authorization", equalTo(CUSTOMER_TOKEN))
                .withRequestBody(equalToJson("{\"properties\":{\"issuer\":\"https://issuer.example/doc\",\"subject\":"
                        + "\"system:serviceaccount:ns:sa\",\"audiences\":[\"openshift\"]}}")));
        azure.server.verify(getRequestedFor(arm(CREDENTIALS)).withQueryParam("api-version", equalTo(MSI_VERSION)));
        azure.server.verify(deleteRequestedFor(arm(CREDENTIALS + "/c1_sa_x"))
                .withQueryParam("api-version", equalTo(MSI_VERSION)));
        // the token came from the customer's tenant for the cluster identity, signed with its certificate
        azure.server.verify(postRequestedFor(urlPathEqualTo("/" + AzureStub.CUSTOMER_TENANT + "/oauth2/v2.0/token"))
                .withRequestBody(containing("client_id=" + CLIENT)).withRequestBody(containing("client_assertion=")));
    }

    @Test
    void anIdentityThatIsGoneHasNoFederatedCredentials() throws Exception {
        storedCredential("msi-doc1");
        azure.server.stubFor(get(arm(CREDENTIALS)).willReturn(error(404, "ResourceNotFound", "gone")));

        assertEquals(List.of(), msiVault().actingAs("msi-doc1").list(IDENTITY));
    }

    @Test
    void withoutAStoredCredentialTheRpCannotActAsTheClusterIdentity() {
        azure.server.stubFor(get(urlPathEqualTo("/msivault/secrets/none")).willReturn(error(404, "SecretNotFound",
                "none")));

        CloudException e = assertThrows(CloudException.class, () -> msiVault().actingAs("none"));

        assertEquals(404, e.status());
    }

    private static ClusterMsiCredentials msiVault() {
        return azure.cloud.clusterMsiCredentials(URI.create(azure.base() + "msivault"));
    }

    /** The MSI vault holds a credential of the cluster identity: a password-less PKCS#12 of a fresh RSA certificate. */
    private static void storedCredential(String name) throws Exception {
        KeyPairGenerator rsa = KeyPairGenerator.getInstance("RSA");
        rsa.initialize(2048);
        KeyPair key = rsa.generateKeyPair();
        X500Name subject = new X500Name("CN=cluster-msi");
        Instant now = Instant.now();
        X509Certificate certificate = new JcaX509CertificateConverter().getCertificate(
                new JcaX509v3CertificateBuilder(subject, BigInteger.ONE, Date.from(now), Date.from(now.plusSeconds(3600)),
                        subject, key.getPublic()).build(new JcaContentSignerBuilder("SHA256withRSA")
                        .build(key.getPrivate())));
        KeyStore p12 = KeyStore.getInstance("PKCS12");
        p12.load(null, null);
        p12.setKeyEntry("msi", key.getPrivate(), new char[0], new X509Certificate[] {certificate});
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        p12.store(out, new char[0]);
        String explicit = "{\"client_id\":\"" + CLIENT + "\",\"object_id\":\"" + PRINCIPAL + "\",\"tenant_id\":\""
                + AzureStub.CUSTOMER_TENANT + "\",\"client_secret\":\""
                + Base64.getEncoder().encodeToString(out.toByteArray()) + "\",\"not_after\":\"2027-03-01T00:00:00Z\","
                + "\"renew_after\":\"2027-01-15T00:00:00Z\"}";
        azure.server.stubFor(get(urlPathEqualTo("/msivault/secrets/" + name)).willReturn(json(200,
                "{\"value\":" + TextNode.valueOf(explicit) + "}")));
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
        ClusterMsiCredentials msi = msiVault();
        String identityUrl = azure.base() + "msi/subscriptions/s/credentials?tid=t&oid=o&aid=a";
        String explicit = "{\"client_id\":\"" + CLIENT + "\",\"object_id\":\"" + PRINCIPAL + "\",\"tenant_id\":\""
                + AzureStub.CUSTOMER_TENANT + "\",\"resource_id\":\"" + IDENTITY + "\",\"client_secret\":\"cGZ4\","
                + "\"not_after\":\"2027-03-01T00:00:00Z\",\"renew_after\":\"2027-01-15T00:00:00Z\"}";
        azure.server.stubFor(post(urlPathEqualTo("/msi/subscriptions/s/credentials")).willReturn(json(200,
                "{\"explicit_identities\":[" + explicit + "]}")));
        azure.server.stubFor(put(urlPathEqualTo("/msivault/secrets/msi-doc1")).willReturn(json(200, "{}")));
        azure.server.stubFor(get(urlPathEqualTo("/msivault/secrets/msi-doc1")).willReturn(json(200,
                "{\"value\":" + TextNode.valueOf(explicit) + "}")));

        ClusterMsiCredentials.Credential fetched = msi.refresh("msi-doc1", identityUrl, IDENTITY);
        ClusterMsiCredentials.Credential stored = msi.stored("msi-doc1").orElseThrow();

        var expected = new ClusterMsiCredentials.Credential(IDENTITY, CLIENT, PRINCIPAL, AzureStub.CUSTOMER_TENANT,
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
