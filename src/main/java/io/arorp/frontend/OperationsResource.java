package io.arorp.frontend;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /providers/Microsoft.RedHatOpenShift/operations}: the RP's operations for ARM's RBAC and portal. ARM fans
 * this call out without checking the api-version, so it is the same for every version.
 */
@Path("/providers/{resourceProviderNamespace}/operations")
@ApplicationScoped
public class OperationsResource {
    private static final String PROVIDER = "Azure Red Hat OpenShift";
    private static final String NS = "Microsoft.RedHatOpenShift/";

    private static final List<Operation> OPERATIONS = List.of(
            op("locations/operationresults/read", "locations/operationresults", "Read operation results",
                    "Reads operation results."),
            op("locations/operationsstatus/read", "locations/operationsstatus", "Read operations status",
                    "Reads operations status."),
            op("operations/read", "operations", "Read operations",
                    "Lists operations available on Microsoft.RedHatOpenShift resource provider."),
            op("openShiftClusters/read", "openShiftClusters", "Read OpenShift cluster", "Gets an OpenShift cluster."),
            op("openShiftClusters/write", "openShiftClusters", "Write OpenShift cluster",
                    "Creates or updates an OpenShift cluster."),
            op("openShiftClusters/delete", "openShiftClusters", "Delete OpenShift cluster",
                    "Deletes an OpenShift cluster."),
            op("openShiftClusters/listCredentials/action", "openShiftClusters",
                    "List credentials of an OpenShift cluster", "Lists credentials of an OpenShift cluster."),
            op("openShiftClusters/listAdminCredentials/action", "openShiftClusters",
                    "List Admin Kubeconfig of an OpenShift cluster", "Lists admin kubeconfig of an OpenShift cluster."),
            op("openShiftClusters/detectors/read", "openShiftClusters", "Get OpenShift Cluster Detector",
                    "Get OpenShift Cluster Detector"),
            op("locations/listPlatformWorkloadIdentityRoleSets/read", "locations/listPlatformWorkloadIdentityRoleSets",
                    "Lists all PlatformWorkloadIdentityRoleSets",
                    "Lists all PlatformWorkloadIdentityRoleSets available in the specified location"),
            op("locations/openshiftVersions/read", "locations/openshiftVersions", "Lists OpenShift versions",
                    "Lists all OpenShift versions available to install in the specified location"));

    @Inject
    ArmJson json;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response list(@PathParam("resourceProviderNamespace") String namespace) {
        return Response.ok(json.write(Map.of("value", OPERATIONS))).build();
    }

    private static Operation op(String name, String resource, String operation, String description) {
        return new Operation(NS + name, new Display(PROVIDER, resource, operation, description), "user,system");
    }

    /** ARM's {@code Operation}; records keep the field order of the swagger. */
    record Operation(String name, Display display, String origin) {
    }

    record Display(String provider, String resource, String operation, String description) {
    }
}
