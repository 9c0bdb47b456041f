package io.arorp.env.azure;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** One Azure stub per test class (its start-up is the slow part); stubs and the request journal reset per test. */
abstract class AzureStubTest {
    static final String SUB = "/subscriptions/" + AzureStub.SUBSCRIPTION;
    static final String CUSTOMER_TOKEN = "Bearer token-" + AzureStub.CUSTOMER_TENANT;
    static final String RP_TOKEN = "Bearer token-" + AzureStub.RP_TENANT;
    static AzureStub azure;

    @BeforeAll
    static void startStub(@TempDir Path dir) throws Exception {
        azure = new AzureStub(dir);
    }

    @AfterAll
    static void stopStub() {
        azure.close();
    }

    @BeforeEach
    void resetStub() {
        azure.reset();
    }

    /** A provider's registration as ARM lists it: one resource type and its api-versions, newest first. */
    static void provider(String namespace, String type, String versions) {
        azure.server.stubFor(get(AzureStub.arm(SUB + "/providers/"
                + namespace)).willReturn(json(200, "{\"namespace\":\"" + namespace + "\",\"resourceTypes\":[{"
                + "\"resourceType\":\"" + type + "\",\"apiVersions\":[" + versions + "]}]}")));
    }

    static ResponseDefinitionBuilder json(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body);
    }

    static ResponseDefinitionBuilder error(int status, String code, String message) {
        return json(status, "{\"error\":{\"code\":\"" + code + "\",\"message\":\"" + message + "\"}}");
    }

    /** An Azure-AsyncOperation status; ARM's own re-poll hint comes with it (without one the SDK waits 30 s). */
    static ResponseDefinitionBuilder status(String status) {
        return json(200, "{\"status\":\"" + status + "\"}").withHeader("Retry-After", "1");
    }

    /**
     * A DELETE that Azure first runs as a long-running operation (polled at {@code operation} to Succeeded) and then,
     * the resource being gone, answers with 404.
     */
    static void deleteThenGone(String path, String operation) {
        azure.server.stubFor(delete(AzureStub.arm(path)).inScenario("delete " + path)
                .whenScenarioStateIs(Scenario.STARTED).willReturn(accepted(202, "", operation)).willSetStateTo("gone"));
        azure.server.stubFor(get(urlPathEqualTo(operation)).willReturn(status("Succeeded")));
        azure.server.stubFor(delete(AzureStub.arm(path)).inScenario("delete " + path).whenScenarioStateIs("gone")
                .willReturn(error(404, "ResourceNotFound", "gone")));
    }

    /** An ARM long-running operation's first answer: 201/202 pointing at its Azure-AsyncOperation status. */
    static ResponseDefinitionBuilder accepted(int status, String body, String operation) {
        return json(status, body).withHeader("Azure-AsyncOperation", azure.base() + operation.substring(1))
                .withHeader("Retry-After", "1");
    }
}
