package io.arorp.env.azure;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static io.arorp.env.azure.AzureStub.arm;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class AzureDnsTest extends AzureStubTest {
    static final String RECORD = "/subscriptions/" + AzureStub.RP_SUBSCRIPTION
            + "/resourceGroups/rp-eastus/providers/Microsoft.Network/dnszones/aroapp.io/A/api.c1";

    @Test
    void writesReadsAndDeletesARecordsInTheRpsZoneAsTheRpIdentity() {
        azure.server.stubFor(put(arm(RECORD)).willReturn(json(200, record())));
        azure.server.stubFor(get(arm(RECORD)).willReturn(json(200, record())));
        azure.server.stubFor(delete(arm(RECORD)).willReturn(aResponse().withStatus(200)));

        azure.cloud.dns().createOrUpdateARecord("aroapp.io", "api.c1", "20.1.2.3", 300);
        Optional<String> ip = azure.cloud.dns().aRecord("aroapp.io", "api.c1");
        azure.cloud.dns().deleteRecord("aroapp.io", "api.c1");

        assertEquals(Optional.of("20.1.2.3"), ip);
        azure.server.verify(putRequestedFor(arm(RECORD)).withHeader("Authorization", equalTo(RP_TOKEN))
                .withQueryParam("api-version", equalTo("2018-05-01"))
                .withRequestBody(equalToJson("{\"properties\":{\"TTL\":300,\"ARecords\":[{\"ipv4Address\":"
                        + "\"20.1.2.3\"}]}}")));
    }

    @Test
    void aMissingRecordIsAbsentAndDeletingItIsANoOp() {
        azure.server.stubFor(get(arm(RECORD)).willReturn(error(404, "NotFound", "no record")));
        azure.server.stubFor(delete(arm(RECORD)).willReturn(aResponse().withStatus(204)));

        assertTrue(azure.cloud.dns().aRecord("aroapp.io", "api.c1").isEmpty());
        azure.cloud.dns().deleteRecord("aroapp.io", "api.c1");
    }

    static String record() {
        return "{\"id\":\"" + RECORD + "\",\"name\":\"api.c1\",\"type\":\"Microsoft.Network/dnszones/A\","
                + "\"properties\":{\"TTL\":300,\"ARecords\":[{\"ipv4Address\":\"20.1.2.3\"}]}}";
    }
}
