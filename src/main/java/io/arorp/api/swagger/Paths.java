package io.arorp.api.swagger;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.arorp.api.version.ApiVersion;

/** The ARM routes of one version, with their long-running-operation behaviour and examples. */
final class Paths {
    private static final String NS = "/providers/Microsoft.RedHatOpenShift";
    private static final String SUB = "/subscriptions/{subscriptionId}";
    private static final String RG = SUB + "/resourceGroups/{resourceGroupName}";
    private static final String CLUSTER = RG + NS + "/openShiftClusters/{resourceName}";
    private static final String LOCATION = SUB + NS + "/locations/{location}";
    private static final String TYPES = Definitions.COMMON + "types.json#/parameters/";

    private final JsonNodeFactory f = JsonNodeFactory.instance;
    private final ObjectNode paths = f.objectNode();
    private final Examples examples;

    Paths(Examples examples) {
        this.examples = examples;
    }

    ObjectNode build(ApiVersion v, boolean typeSpecStyle) {
        get(NS + "/operations", "Operations_List", "Lists all of the available RP operations.", "OperationList", true);
        get(SUB + NS + "/openShiftClusters", "OpenShiftClusters_List",
                "Lists OpenShift clusters in the specified subscription.", "OpenShiftClusterList", true);
        get(RG + NS + "/openShiftClusters", "OpenShiftClusters_ListByResourceGroup",
                "Lists OpenShift clusters in the specified subscription and resource group.", "OpenShiftClusterList", true);
        ObjectNode cluster = paths.putObject(CLUSTER);
        cluster.set("get", op("OpenShiftClusters_Get", "Gets a OpenShift cluster.", CLUSTER, null,
                ok("OpenShiftCluster")));
        ObjectNode put = op("OpenShiftClusters_CreateOrUpdate", "Creates or updates a OpenShift cluster.", CLUSTER,
                "OpenShiftCluster", ok("OpenShiftCluster"));
        ((ObjectNode) put.get("responses")).set("201", response("OpenShiftCluster"));
        cluster.set("put", longRunning(put, typeSpecStyle ? "azure-async-operation" : null));
        ObjectNode patch = op("OpenShiftClusters_Update", "Updates a OpenShift cluster.", CLUSTER,
                "OpenShiftClusterUpdate", ok("OpenShiftCluster"));
        ((ObjectNode) patch.get("responses")).set("201", response("OpenShiftCluster"));
        cluster.set("patch", longRunning(patch, typeSpecStyle ? "azure-async-operation" : null));
        ObjectNode delete = op("OpenShiftClusters_Delete", "Deletes a OpenShift cluster.", CLUSTER, null,
                f.objectNode());
        ((ObjectNode) delete.get("responses")).set("202", f.objectNode().put("description", "Accepted"));
        ((ObjectNode) delete.get("responses")).set("204", f.objectNode().put("description", "No Content"));
        cluster.set("delete", longRunning(delete, typeSpecStyle ? "location" : null));
        post(CLUSTER + "/listCredentials", "OpenShiftClusters_ListCredentials", "OpenShiftClusterCredentials");
        if (v.adminCredentials().isPresent()) {
            post(CLUSTER + "/listAdminCredentials", "OpenShiftClusters_ListAdminCredentials",
                    "OpenShiftClusterAdminKubeconfig");
        }
        if (v.openShiftVersions().isPresent()) {
            get(LOCATION + "/openShiftVersions", "OpenShiftVersions_List",
                    "Lists all OpenShift versions available to install in the specified location.",
                    "OpenShiftVersionList", true);
        }
        if (v.platformWorkloadIdentityRoleSets().isPresent()) {
            get(LOCATION + "/openShiftVersions/{openShiftVersion}", "OpenShiftVersions_Get",
                    "Gets an available OpenShift version to install in the specified location.", "OpenShiftVersion", false);
            get(LOCATION + "/platformWorkloadIdentityRoleSets", "PlatformWorkloadIdentityRoleSets_List",
                    "Lists role sets for the platform workload identities of a minor version.",
                    "PlatformWorkloadIdentityRoleSetList", true);
            get(LOCATION + "/platformWorkloadIdentityRoleSets/{openShiftMinorVersion}",
                    "PlatformWorkloadIdentityRoleSet_Get", "Gets the role set of a minor version.",
                    "PlatformWorkloadIdentityRoleSet", false);
        }
        return paths;
    }

    private void get(String path, String id, String summary, String schema, boolean pageable) {
        ObjectNode op = op(id, summary, path, null, ok(schema));
        if (pageable) {
            op.putObject("x-ms-pageable").put("nextLinkName", "nextLink");
        }
        paths.putObject(path).set("get", op);
    }

    private void post(String path, String id, String schema) {
        paths.putObject(path).set("post", op(id, "Lists credentials of an OpenShift cluster.", path, null,
                ok(schema)));
    }

    private ObjectNode op(String id, String summary, String path, String body, ObjectNode ok) {
        ObjectNode op = f.objectNode();
        op.put("operationId", id);
        op.putArray("tags").add(id.substring(0, id.indexOf('_')));
        op.put("summary", summary);
        ArrayNode params = op.putArray("parameters");
        params.addObject().put("$ref", TYPES + "ApiVersionParameter");
        if (path.startsWith(SUB)) {
            params.addObject().put("$ref", TYPES + "SubscriptionIdParameter");
        }
        if (path.startsWith(RG)) {
            params.addObject().put("$ref", TYPES + "ResourceGroupNameParameter");
        }
        if (path.contains("{location}")) {
            params.addObject().put("$ref", TYPES + "LocationParameter");
        }
        for (String name : new String[] {"resourceName", "openShiftVersion", "openShiftMinorVersion"}) {
            if (path.contains("{" + name + "}")) {
                params.addObject().put("name", name).put("in", "path").put("required", true).put("type", "string")
                        .put("description", "The " + name + " of the resource.");
            }
        }
        if (body != null) {
            ObjectNode b = params.addObject().put("name", "parameters").put("in", "body").put("required", true)
                    .put("description", "The OpenShift cluster resource.");
            b.putObject("schema").put("$ref", "#/definitions/" + body);
        }
        ObjectNode responses = op.putObject("responses");
        ok.fields().forEachRemaining(e -> responses.set(e.getKey(), e.getValue()));
        responses.set("default", response("CloudError").put("description", "Error response describing why the "
                + "operation failed."));
        String example = examples.reference(id);
        if (example != null) {
            op.putObject("x-ms-examples").putObject(id).put("$ref", example);
        }
        return op;
    }

    private ObjectNode ok(String schema) {
        ObjectNode r = f.objectNode();
        r.set("200", response(schema));
        return r;
    }

    private ObjectNode response(String schema) {
        ObjectNode r = f.objectNode().put("description", "OK");
        r.putObject("schema").put("$ref", "#/definitions/" + schema);
        return r;
    }

    private ObjectNode longRunning(ObjectNode op, String finalStateVia) {
        op.put("x-ms-long-running-operation", true);
        if (finalStateVia != null) {
            op.putObject("x-ms-long-running-operation-options").put("final-state-via", finalStateVia);
        }
        return op;
    }
}
