package io.arorp.frontend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.arorp.testing.Deployments;
import io.arorp.testing.RpClient;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The middleware behaviour every route shares: path handling, body limits, and ARM error bodies for every failure. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ArmErrorsIT {
    private static final String OPERATIONS = "/providers/Microsoft.RedHatOpenShift/operations";
    private final RpClient rp = new RpClient();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.packagedWar();
    }

    @Test
    void operationsListsTheElevenOperationsForAnyApiVersion() throws Exception {
        HttpResponse<String> response = rp.get(rp.https(), OPERATIONS + "?api-version=2025-07-25");
        assertEquals(200, response.statusCode(), response.body());
        assertTrue(response.body().startsWith("{\n    \"value\": ["), "4-space indented like the original");
        assertTrue(response.body().endsWith("}\n"));
        JsonObject body = json(response.body());
        assertEquals(11, body.getJsonArray("value").size());
        JsonObject first = body.getJsonArray("value").getJsonObject(0);
        assertEquals("Microsoft.RedHatOpenShift/locations/operationresults/read", first.getString("name"));
        assertEquals("user,system", first.getString("origin"));
        assertEquals("Azure Red Hat OpenShift", first.getJsonObject("display").getString("provider"));
    }

    @Test
    void pathsAreCaseInsensitiveAndToleratesEmptySegments() throws Exception {
        HttpResponse<String> response = rp.get(rp.https(), "//PROVIDERS//microsoft.redhatopenshift/Operations");
        assertEquals(200, response.statusCode(), response.body());
    }

    @Test
    void aForeignNamespaceIsRejectedWithTheOriginalsCode() throws Exception {
        HttpResponse<String> response = rp.get(rp.https(), "/providers/Microsoft.Compute/operations");
        assertError(response, 400, "InvalidResourceNamespace", "The resource namespace 'microsoft.compute' is invalid.");
    }

    @Test
    void anUnknownPathIsANotFoundCloudError() throws Exception {
        assertError(rp.get(rp.https(), "/subscriptions"), 404, "NotFound", "The requested path could not be found.");
    }

    @Test
    void aWrongMethodIsACloudErrorToo() throws Exception {
        HttpResponse<String> response = rp.send(HttpRequest.newBuilder(rp.uri(OPERATIONS)).DELETE());
        assertEquals(405, response.statusCode(), response.body());
        assertEquals("MethodNotAllowed", json(response.body()).getJsonObject("error").getString("code"));
    }

    @Test
    void aBodyThatIsNotJsonIsUnsupportedMediaType() throws Exception {
        HttpResponse<String> response = rp.send(HttpRequest.newBuilder(rp.uri(OPERATIONS))
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("hello")));
        assertError(response, 415, "UnsupportedMediaType",
                "The content media type 'text/plain' is not supported. Only 'application/json' is supported.");
    }

    @Test
    void aBodyOverOneMebibyteIsAnInvalidResource() throws Exception {
        byte[] big = new byte[1_048_577];
        java.util.Arrays.fill(big, (byte) ' ');
        HttpResponse<String> response = rp.send(HttpRequest.newBuilder(rp.uri(OPERATIONS))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(big)));
        assertError(response, 400, "InvalidResource", "The resource definition is invalid.");
    }

    static void assertError(HttpResponse<String> response, int status, String code, String message) {
        assertEquals(status, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        JsonObject error = json(response.body()).getJsonObject("error");
        assertEquals(code, error.getString("code"), response.body());
        assertEquals(message, error.getString("message"), response.body());
    }

    static JsonObject json(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }
}
