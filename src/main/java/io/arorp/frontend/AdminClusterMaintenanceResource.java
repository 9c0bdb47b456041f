package io.arorp.frontend;

import io.arorp.frontend.admin.AdminClusterManifests;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;

/** The admin API's MIMO maintenance manifests of one cluster. */
@Path("/admin/subscriptions/{subscriptionId}/resourcegroups/{resourceGroupName}/providers/"
        + "{resourceProviderNamespace}/{resourceType}/{resourceName}/maintenancemanifests")
@RequestScoped
public class AdminClusterMaintenanceResource {
    // declared so the generated OpenAPI document names every path parameter
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
    AdminClusterManifests manifests;
    @Inject
    Responses responses;
    @Context
    HttpServletRequest request;

    @GET
    public Response list(@QueryParam("limit") String limit, @QueryParam("$skipToken") String skipToken) {
        return responses.of(manifests.list(resourceId(), limit, skipToken, ArmRequest.referer(request)));
    }

    @PUT
    public Response create(byte[] body) {
        return responses.of(manifests.create(resourceId(), body));
    }

    @GET
    @Path("{manifestId}")
    public Response get(@PathParam("manifestId") String manifestId) {
        return responses.of(manifests.get(resourceId(), manifestId));
    }

    @POST
    @Path("{manifestId}/cancel")
    public Response cancel(@PathParam("manifestId") String manifestId) {
        return responses.of(manifests.cancel(resourceId(), manifestId));
    }

    @DELETE
    @Path("{manifestId}")
    public Response delete(@PathParam("manifestId") String manifestId) {
        return responses.of(manifests.delete(resourceId(), manifestId));
    }

    /** The cluster id as the caller cased it: the path between {@code /admin} and {@code /maintenancemanifests}. */
    private String resourceId() {
        return ArmRequest.originalPathPrefix(request, 1, 8);
    }
}
