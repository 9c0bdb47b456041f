package io.arorp.frontend;

import io.arorp.frontend.action.ClusterWriteRequest;
import io.arorp.frontend.action.DeleteCluster;
import io.arorp.frontend.action.GetCluster;
import io.arorp.frontend.action.ListCredentials;
import io.arorp.frontend.action.PutOrPatchCluster;
import io.arorp.frontend.filter.RequiresApiVersion;
import io.arorp.util.log.Correlation;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;

/** One cluster: GET, PUT, PATCH, DELETE and its credential actions. Thin: the actions hold the rules. */
@Path("/subscriptions/{subscriptionId}/resourcegroups/{resourceGroupName}/providers/{resourceProviderNamespace}"
        + "/{resourceType}/{resourceName}")
@RequestScoped
@RequiresApiVersion
public class ClusterResource {
    @PathParam("subscriptionId")
    String subscriptionId;
    @PathParam("resourceGroupName")
    String resourceGroupName;
    @PathParam("resourceProviderNamespace")
    String resourceProviderNamespace;
    @PathParam("resourceType")
    String resourceType;
    @PathParam("resourceName")
    String resourceName;
    @Inject
    GetCluster get;
    @Inject
    PutOrPatchCluster putOrPatch;
    @Inject
    DeleteCluster delete;
    @Inject
    ListCredentials credentials;
    @Inject
    Responses responses;
    @Context
    HttpServletRequest request;

    @GET
    public Response get() {
        return responses.of(get.run(resourceId(), ArmRequest.apiVersion(request)));
    }

    @PUT
    public Response put(byte[] body) {
        return responses.of(putOrPatch.run(write(false, body)));
    }

    @PATCH
    public Response patch(byte[] body) {
        return responses.of(putOrPatch.run(write(true, body)));
    }

    @DELETE
    public Response delete() {
        return responses.of(delete.run(resourceId(), ArmRequest.referer(request), correlation()));
    }

    @POST
    @Path("listcredentials")
    public Response listCredentials(byte[] body) {
        return responses.of(credentials.run(resourceId(), body, ArmRequest.apiVersion(request), false));
    }

    @POST
    @Path("listadmincredentials")
    public Response listAdminCredentials(byte[] body) {
        return responses.of(credentials.run(resourceId(), body, ArmRequest.apiVersion(request), true));
    }

    private ClusterWriteRequest write(boolean patch, byte[] body) {
        return new ClusterWriteRequest(resourceId(), patch, body, ArmRequest.apiVersion(request),
                request.getHeader("X-Ms-Arm-Resource-System-Data"), request.getHeader("x-ms-identity-url"),
                request.getHeader("x-ms-home-tenant-id"), ArmRequest.referer(request), correlation());
    }

    /** The cluster id as the caller cased it: the path up to the resource name. */
    private String resourceId() {
        return ArmRequest.originalPathPrefix(request, 0, 8);
    }

    private Correlation correlation() {
        return (Correlation) request.getAttribute(Correlation.class.getName());
    }
}
