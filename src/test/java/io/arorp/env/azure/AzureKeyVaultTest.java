package io.arorp.env.azure;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.arorp.api.CloudException;
import io.arorp.env.cloud.KeyVault;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class AzureKeyVaultTest extends AzureStubTest {
    static final String CERT = "/vault/certificates/c1-apiserver";
    static final List<String> NAMES = List.of("api.c1.aroapp.io");

    @Test
    void issuesAMissingCertificateAndWaitsForKeyVaultToFinish() {
        azure.server.stubFor(get(urlPathEqualTo(CERT)).inScenario("issue").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(error(404, "CertificateNotFound", "not found")));
        azure.server.stubFor(post(urlPathEqualTo(CERT + "/create")).inScenario("issue")
                .willReturn(json(202, "{\"status\":\"inProgress\"}")).willSetStateTo("pending"));
        azure.server.stubFor(get(urlPathEqualTo(CERT + "/pending")).inScenario("issue").whenScenarioStateIs("pending")
                .willReturn(json(200, "{\"status\":\"inProgress\"}")).willSetStateTo("issued"));
        azure.server.stubFor(get(urlPathEqualTo(CERT + "/pending")).inScenario("issue").whenScenarioStateIs("issued")
                .willReturn(json(200, "{\"status\":\"completed\"}")));
        azure.server.stubFor(get(urlPathEqualTo(CERT)).inScenario("issue").whenScenarioStateIs("issued")
                .willReturn(json(200, certificate())));
        azure.server.stubFor(get(urlPathEqualTo(CERT + "/versions")).willReturn(json(200, "{\"value\":[{}]}")));

        KeyVault.Certificate issued = azure.cloud.keyVault().ensureCertificate("c1-apiserver", NAMES, false);

        assertEquals(new KeyVault.Certificate("c1-apiserver", NAMES, Instant.ofEpochSecond(1800000000L), 1), issued);
        azure.server.verify(postRequestedFor(urlPathEqualTo(CERT + "/create"))
                .withQueryParam("api-version", equalTo("7.4")).withHeader("Authorization", equalTo(RP_TOKEN))
                .withRequestBody(equalToJson("{\"policy\":{\"x509_props\":{\"subject\":\"CN=api.c1.aroapp.io\","
                        + "\"sans\":{\"dns_names\":[\"api.c1.aroapp.io\"]}},\"issuer\":{\"name\":\"Self\"}}}",
                        true, true)));
    }

    @Test
    void keepsACertificateForTheSameNamesUnlessRenewing() {
        azure.server.stubFor(get(urlPathEqualTo(CERT)).willReturn(json(200, certificate())));
        azure.server.stubFor(get(urlPathEqualTo(CERT + "/versions")).willReturn(json(200, "{\"value\":[{},{}]}")));

        assertEquals(2, azure.cloud.keyVault().ensureCertificate("c1-apiserver", NAMES, false).version());
        azure.server.verify(0, postRequestedFor(urlPathEqualTo(CERT + "/create")));
    }

    @Test
    void reportsAFailedIssuanceAndTakesAMissingCertificateAsDeleted() {
        azure.server.stubFor(get(urlPathEqualTo(CERT)).willReturn(error(404, "CertificateNotFound", "not found")));
        azure.server.stubFor(post(urlPathEqualTo(CERT + "/create")).willReturn(json(202,
                "{\"status\":\"inProgress\"}")));
        azure.server.stubFor(get(urlPathEqualTo(CERT + "/pending")).willReturn(json(200, "{\"status\":\"failed\","
                + "\"error\":{\"code\":\"IssuerRejected\",\"message\":\"domain not allowed\"}}")));
        azure.server.stubFor(delete(urlPathEqualTo(CERT)).willReturn(aResponse().withStatus(404)));

        CloudException e = assertThrows(CloudException.class,
                () -> azure.cloud.keyVault().ensureCertificate("c1-apiserver", NAMES, true));

        assertEquals("IssuerRejected", e.code());
        azure.cloud.keyVault().deleteCertificate("c1-apiserver");
    }

    static String certificate() {
        return "{\"id\":\"https://vault/certificates/c1-apiserver/abc\",\"attributes\":{\"exp\":1800000000},"
                + "\"policy\":{\"x509_props\":{\"sans\":{\"dns_names\":[\"api.c1.aroapp.io\"]}}}}";
    }
}
