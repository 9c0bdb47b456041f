package io.arorp.api.swagger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.arorp.util.json.Jackson;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The comparison itself: it must see the real differences between the two official specs. */
class SwaggerDiffTest {
    private final ObjectMapper mapper = Jackson.newMapper();

    @Test
    void aSpecEqualsItself() throws IOException {
        JsonNode ga = read("2025-07-25");
        assertEquals(List.of(), SwaggerDiff.differences(ga, ga));
    }

    @Test
    void inlineAndNamedPlainTypesAreAlike() throws IOException {
        // 2024-08-12-preview names VMSize, Tags, OIDCIssuer, UpgradeableTo; 2025-07-25 writes them inline
        List<String> d = SwaggerDiff.differences(read("2025-07-25"), read("2024-08-12-preview"));
        assertTrue(d.stream().noneMatch(l -> l.startsWith("MasterProfile.vmSize") || l.startsWith(
                "OpenShiftClusterUpdate.tags") || l.startsWith("ClusterProfile.oidcIssuer")), d.toString());
        assertTrue(d.contains("OpenShiftClusterList.nextLink: official {\"type\":\"string\",\"format\":\"uri\"}, "
                + "generated {\"type\":\"string\"}"), d.toString());
        assertTrue(d.contains("OpenShiftClusterList required: official [value], generated []"), d.toString());
    }

    @Test
    void readOnlyEnumAndMissingPropertiesAreSeen() throws IOException {
        JsonNode ga = read("2025-07-25");
        ObjectNode changed = ga.deepCopy();
        ObjectNode props = (ObjectNode) changed.at("/definitions/ConsoleProfile/properties");
        ((ObjectNode) props.get("url")).remove("readOnly");
        ((ObjectNode) changed.at("/definitions/ClusterProfile/properties")).remove("domain");
        ((com.fasterxml.jackson.databind.node.ArrayNode) changed.at("/definitions/Visibility/enum")).add("Internal");
        List<String> d = SwaggerDiff.differences(ga, changed);
        assertTrue(d.contains("ClusterProfile.domain: missing from generated"), d.toString());
        assertTrue(d.stream().anyMatch(l -> l.startsWith("ConsoleProfile.url: official")), d.toString());
        assertTrue(d.stream().anyMatch(l -> l.startsWith("APIServerProfile.visibility: official")), d.toString());
    }

    private JsonNode read(String version) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/swagger/" + version + "/redhatopenshift.json")) {
            return mapper.readTree(in);
        }
    }
}
