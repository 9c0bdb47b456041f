package io.arorp.api.version;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.arorp.api.OpenShiftCluster;
import io.arorp.api.OpenShiftVersion;
import io.arorp.api.PlatformWorkloadIdentityRoleSet;
import io.arorp.api.PlainSecretModule;
import io.arorp.api.Secret;
import io.arorp.api.v20240812preview.Version20240812preview;
import io.arorp.api.v20250725.Version20250725;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every official example of the two versions with a spec here: request bodies survive external → internal →
 * external; response bodies survive internal (as stored) → external, minus the secrets responses never carry.
 */
class OfficialExamplesTest {
    private static final ObjectMapper MAPPER = PlainSecretModule.mapper();

    static Stream<Arguments> examples() throws IOException {
        List<Arguments> out = new ArrayList<>();
        for (ApiVersion v : List.of(new Version20250725(), new Version20240812preview())) {
            for (String file : exampleFiles(v.name())) {
                out.add(Arguments.of(v, file));
            }
        }
        return out.stream();
    }

    private static List<String> exampleFiles(String version) throws IOException {
        JsonNode spec = read("/swagger/" + version + "/redhatopenshift.json");
        List<String> files = new ArrayList<>();
        spec.get("paths").forEach(path -> path.forEach(op -> op.path("x-ms-examples")
                .forEach(ex -> files.add(ex.get("$ref").asText().substring(2)))));
        return files;
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("examples")
    void roundTrips(ApiVersion v, String file) throws IOException {
        JsonNode example = read("/swagger/" + v.name() + "/" + file);
        String op = example.hasNonNull("operationId") ? example.get("operationId").asText()
                : file.substring(file.lastIndexOf('/') + 1).replace(".json", "");
        JsonNode request = example.path("parameters").get("parameters");
        if (request != null) {
            assertRequestRoundTrips(v, request);
        }
        for (JsonNode response : example.get("responses")) {
            JsonNode body = response.get("body");
            if (body != null) {
                assertResponse(v, op, body);
            }
        }
    }

    private static void assertRequestRoundTrips(ApiVersion v, JsonNode request) throws IOException {
        TreeConverter<OpenShiftCluster> c = v.clusters();
        Object external = c.readRequest(null, MAPPER.writeValueAsBytes(request));
        OpenShiftCluster internal = c.toInternal(external, null);
        JsonNode back = c.tree(c.toExternalWithSecrets(internal));
        JsonNode expected = request.deepCopy();
        TreeMerge.stripReadOnly(expected, c.externalType());
        assertEquals(List.of(), JsonCompare.differences(expected, back));
    }

    private static void assertResponse(ApiVersion v, String op, JsonNode body) throws IOException {
        JsonNode expected = body.deepCopy();
        JsonNode actual;
        switch (op) {
            case "OpenShiftClusters_Get", "OpenShiftClusters_CreateOrUpdate", "OpenShiftClusters_Update" -> {
                withoutSecrets(expected);
                actual = MAPPER.valueToTree(v.clusters().toExternal(storedCluster(body)));
            }
            case "OpenShiftClusters_List", "OpenShiftClusters_ListByResourceGroup" -> {
                List<OpenShiftCluster> stored = new ArrayList<>();
                body.get("value").forEach(oc -> stored.add(storedCluster(oc)));
                expected.get("value").forEach(OfficialExamplesTest::withoutSecrets);
                actual = MAPPER.valueToTree(v.clusters().toExternalList(stored, text(body, "nextLink")));
            }
            case "OpenShiftVersions_Get" -> actual = MAPPER.valueToTree(v.openShiftVersions().orElseThrow()
                    .toExternal(MAPPER.treeToValue(body, OpenShiftVersion.class)));
            case "OpenShiftVersions_List" -> actual = MAPPER.valueToTree(v.openShiftVersions().orElseThrow()
                    .toExternalList(list(body, OpenShiftVersion.class), text(body, "nextLink")));
            case "PlatformWorkloadIdentityRoleSets_Get", "PlatformWorkloadIdentityRoleSet_Get" ->
                actual = MAPPER.valueToTree(v.platformWorkloadIdentityRoleSets().orElseThrow()
                        .toExternal(MAPPER.treeToValue(body, PlatformWorkloadIdentityRoleSet.class)));
            case "PlatformWorkloadIdentityRoleSets_List" -> actual = MAPPER.valueToTree(v
                    .platformWorkloadIdentityRoleSets().orElseThrow()
                    .toExternalList(list(body, PlatformWorkloadIdentityRoleSet.class), text(body, "nextLink")));
            case "OpenShiftClusters_ListCredentials" -> {
                OpenShiftCluster oc = new OpenShiftCluster();
                oc.setProperties(new io.arorp.api.OpenShiftClusterProperties());
                oc.getProperties().setKubeadminPassword(Secret.of(text(body, "kubeadminPassword")));
                actual = MAPPER.valueToTree(v.credentials().orElseThrow().toExternal(oc));
                ((ObjectNode) expected).put("kubeadminUsername", "kubeadmin");
                if (!expected.has("kubeadminPassword")) {
                    ((ObjectNode) actual).remove("kubeadminPassword");
                }
            }
            case "OpenShiftClusters_ListAdminCredentials" -> {
                OpenShiftCluster oc = new OpenShiftCluster();
                oc.setProperties(new io.arorp.api.OpenShiftClusterProperties());
                String kubeconfig = text(body, "kubeconfig");
                if (kubeconfig != null) {
                    oc.getProperties().setUserAdminKubeconfig(
                            Secret.ofBytes(java.util.Base64.getDecoder().decode(kubeconfig)));
                }
                actual = MAPPER.valueToTree(v.adminCredentials().orElseThrow().toExternal(oc));
            }
            default -> {
                return; // operations: a static list, not converted
            }
        }
        assertEquals(List.of(), JsonCompare.differences(expected, actual));
    }

    /** The example response as the database would hold it: identity under its internal name. */
    private static OpenShiftCluster storedCluster(JsonNode body) {
        ObjectNode doc = body.deepCopy();
        JsonNode identity = doc.remove("identity");
        if (identity != null) {
            doc.set("managedServiceIdentity", identity);
        }
        try {
            return MAPPER.treeToValue(doc, OpenShiftCluster.class);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void withoutSecrets(JsonNode cluster) {
        for (Map.Entry<String, String> s : Map.of("clusterProfile", "pullSecret", "servicePrincipalProfile",
                "clientSecret").entrySet()) {
            JsonNode profile = cluster.path("properties").get(s.getKey());
            if (profile instanceof ObjectNode o) {
                o.remove(s.getValue());
            }
        }
    }

    private static <T> List<T> list(JsonNode body, Class<T> type) throws IOException {
        List<T> out = new ArrayList<>();
        for (JsonNode n : body.get("value")) {
            out.add(MAPPER.treeToValue(n, type));
        }
        return out;
    }

    private static String text(JsonNode n, String field) {
        return n.hasNonNull(field) ? n.get(field).asText() : null;
    }

    static JsonNode read(String resource) throws IOException {
        try (InputStream in = OfficialExamplesTest.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("missing test resource " + resource);
            }
            return MAPPER.readTree(in);
        }
    }
}
