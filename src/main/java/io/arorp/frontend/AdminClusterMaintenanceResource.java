package io.arorp.frontend;

import io.arorp.frontend.admin.AdminClusterManifests;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

/** The admin API's MIMO maintenance manifests of one cluster. */
@Path("/admin/subscriptions/{subscriptionId}/resourcegroups/{resourceGroupName}/providers/"
        + "{resourceProviderNamespace}/{resourceType}/{resourceName}/maintenancemanifests")
@RequestScoped
public class AdminClusterMaintenanceResource extends AdminClusterRoute {
    @Inject
    AdminClusterManifests manifests;

    @GET
    public Response list(@QueryParam("limit") String limit, @QueryParam("$skipToken") String skipToken) {
        return responses.of(manifests.list(clusterId(), limit, skipToken, ArmRequest.referer(request)));
    }

    @PUT
    public Response create(byte[] body) {
        return responses.of(manifests.create(clusterId(), body));
    }

    @GET
    @Path("{manifestId}")
    public Response get(@PathParam("manifestId") String manifestId) {
        return responses.of(manifests.get(clusterId(), manifestId));
    }

    @POST
    @Path("{manifestId}/cancel")
    public Response cancel(@PathParam("manifestId") String manifestId) {
        return responses.of(manifests.cancel(clusterId(), manifestId));
    }

    @DELETE
    @Path("{manifestId}")
    public Response delete(@PathParam("manifestId") String manifestId) {
        return responses.of(manifests.delete(clusterId(), manifestId));
    }
}
