package io.arorp.api.swagger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.arorp.api.ExampleClusters;
import io.arorp.api.OpenShiftCluster;
import io.arorp.api.version.ApiVersion;
import io.arorp.api.version.TreeConverter;
import io.arorp.util.json.Jackson;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A version's swagger examples, made by converting the internal example clusters with the version's own converters,
 * so an example always shows exactly what the version sends and accepts.
 */
public final class Examples {
    private final ObjectMapper mapper = Jackson.newMapper();
    private final Map<String, JsonNode> files = new TreeMap<>();

    Examples(ApiVersion v) {
        TreeConverter<OpenShiftCluster> c = v.clusters();
        OpenShiftCluster oc = v.name().compareTo("2024-08-12-preview") >= 0 && !v.name().equals("admin")
                ? ExampleClusters.workloadIdentityCluster() : ExampleClusters.servicePrincipalCluster();
        Object request = c.externalNoReadOnly(c.toExternalWithSecrets(oc));
        Object response = c.toExternal(oc);
        put(v, "OpenShiftClusters_Get", cluster(), null, Map.of("200", response));
        put(v, "OpenShiftClusters_CreateOrUpdate", cluster(), request, Map.of("200", response, "201", response));
        put(v, "OpenShiftClusters_Update", cluster(), request, Map.of("200", response, "201", response));
        put(v, "OpenShiftClusters_Delete", cluster(), null, Map.of());
        put(v, "OpenShiftClusters_List", Map.of(), null, Map.of("200", c.toExternalList(List.of(oc), null)));
        put(v, "OpenShiftClusters_ListByResourceGroup", Map.of("resourceGroupName", "resourceGroup"), null,
                Map.of("200", c.toExternalList(List.of(oc), null)));
        v.credentials().ifPresent(cc -> put(v, "OpenShiftClusters_ListCredentials", cluster(), null,
                Map.of("200", cc.toExternal(oc))));
        v.adminCredentials().ifPresent(cc -> put(v, "OpenShiftClusters_ListAdminCredentials", cluster(), null,
                Map.of("200", cc.toExternal(oc))));
        v.openShiftVersions().ifPresent(vc -> {
            put(v, "OpenShiftVersions_List", Map.of("location", "location"), null,
                    Map.of("200", vc.toExternalList(List.of(ExampleClusters.openShiftVersion()), null)));
            put(v, "OpenShiftVersions_Get", Map.of("location", "location", "openShiftVersion", "4.15.35"), null,
                    Map.of("200", vc.toExternal(ExampleClusters.openShiftVersion())));
        });
        v.platformWorkloadIdentityRoleSets().ifPresent(rc -> {
            put(v, "PlatformWorkloadIdentityRoleSets_List", Map.of("location", "location"), null,
                    Map.of("200", rc.toExternalList(List.of(ExampleClusters.roleSet()), null)));
            put(v, "PlatformWorkloadIdentityRoleSet_Get", Map.of("location", "location", "openShiftMinorVersion",
                    "4.15"), null, Map.of("200", rc.toExternal(ExampleClusters.roleSet())));
        });
    }

    private static Map<String, String> cluster() {
        return Map.of("resourceGroupName", "resourceGroup", "resourceName", "resourceName");
    }

    private void put(ApiVersion v, String operationId, Map<String, String> params, Object body,
            Map<String, Object> responses) {
        ObjectNode file = mapper.createObjectNode();
        file.put("title", operationId.replace('_', ' '));
        file.put("operationId", operationId);
        ObjectNode p = file.putObject("parameters");
        p.put("api-version", v.name());
        p.put("subscriptionId", ExampleClusters.SUBSCRIPTION);
        new TreeMap<>(params).forEach(p::put);
        if (body != null) {
            p.set("parameters", mapper.valueToTree(body));
        }
        ObjectNode r = file.putObject("responses");
        new TreeMap<>(responses).forEach((code, value) -> r.putObject(code).set("body", mapper.valueToTree(value)));
        if (operationId.endsWith("_Delete")) {
            r.putObject("202");
            r.putObject("204");
        }
        files.put(operationId + ".json", file);
    }

    /** The {@code $ref} of an operation's example, or null when there is none. */
    String reference(String operationId) {
        return files.containsKey(operationId + ".json") ? "./examples/" + operationId + ".json" : null;
    }

    /** File name → content. */
    public Map<String, JsonNode> files() {
        return files;
    }
}
