package io.arorp.env.azure;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.arorp.api.CloudException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/** clusterSPObjectID against the stubbed AAD: the object id comes from the oid claim of the SP's own token. */
class AzureServicePrincipalsTest extends AzureStubTest {
    static final String TOKEN_PATH = "/" + AzureStub.CUSTOMER_TENANT + "/oauth2/v2.0/token";
    static final String OBJECT_ID = "44444444-0000-0000-0000-000000000004";

    @Test
    void readsTheObjectIdFromTheTokenOfTheServicePrincipalInTheCustomersTenant() {
        spToken(azure, "cluster-sp", OBJECT_ID);

        String objectId = azure.cloud.servicePrincipals().objectId(AzureStub.CUSTOMER_TENANT, "cluster-sp", "s3cret");

        assertEquals(OBJECT_ID, objectId);
        azure.server.verify(postRequestedFor(urlPathEqualTo(TOKEN_PATH))
                .withRequestBody(containing("client_id=cluster-sp"))
                .withRequestBody(containing("client_secret=s3cret"))
                .withRequestBody(containing("grant_type=client_credentials")));
    }

    @Test
    void refusedCredentialsAreTheOriginalsInvalidServicePrincipalCredentials() {
        azure.server.stubFor(post(urlPathEqualTo(TOKEN_PATH)).atPriority(1)
                .withRequestBody(containing("client_id=cluster-sp")).willReturn(json(401, "{\"error\":"
                        + "\"invalid_client\",\"error_description\":\"AADSTS7000215: Invalid client secret provided.\","
                        + "\"error_codes\":[7000215]}")));

        CloudException e = assertThrows(CloudException.class,
                () -> azure.cloud.servicePrincipals().objectId(AzureStub.CUSTOMER_TENANT, "cluster-sp", "wrong"));

        assertEquals(400, e.status());
        assertEquals("InvalidServicePrincipalCredentials", e.code());
        assertEquals("properties.servicePrincipalProfile", e.target());
        assertEquals("The provided service principal credentials are invalid.", e.getMessage());
    }

    @Test
    void aTokenWithoutAnObjectIdIsAnInternalError() {
        // the stub's default token is opaque, as no AAD token is
        CloudException e = assertThrows(CloudException.class,
                () -> azure.cloud.servicePrincipals().objectId(AzureStub.CUSTOMER_TENANT, "cluster-sp", "s3cret"));

        assertEquals(500, e.status());
    }

    /** AAD's answer to {@code clientId}'s sign-in: an (unsigned) JWT whose oid claim is {@code objectId}. */
    static void spToken(AzureStub azure, String clientId, String objectId) {
        azure.server.stubFor(post(urlPathEqualTo(TOKEN_PATH)).atPriority(1)
                .withRequestBody(containing("client_id=" + clientId)).willReturn(json(200, "{\"token_type\":\"Bearer\","
                        + "\"expires_in\":3600,\"ext_expires_in\":3600,\"access_token\":\"" + jwt(objectId) + "\"}")));
    }

    static String jwt(String objectId) {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        return b64.encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + b64.encodeToString(("{\"aud\":\"https://management.azure.com/\",\"tid\":\"" + AzureStub.CUSTOMER_TENANT
                        + "\",\"oid\":\"" + objectId + "\"}").getBytes(StandardCharsets.UTF_8)) + ".c2ln";
    }
}
