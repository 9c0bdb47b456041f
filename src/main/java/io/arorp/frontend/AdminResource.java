package io.arorp.frontend;

import io.arorp.frontend.admin.AdminKubernetesObjects;
import io.arorp.frontend.admin.AdminListClusters;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;

/** The admin API's routes (admin certificate required, see the authentication filter). */
@Path("/admin")
@RequestScoped
public class AdminResource {
    private static final String CLUSTER = "subscriptions/{subscriptionId}/resourcegroups/{resourceGroupName}"
            + "/providers/{resourceProviderNamespace}/{resourceType}/{resourceName}";

    // declared so the generated OpenAPI document names every path parameter
    @PathParam("subscriptionId")
    String subscriptionId;
    @PathParam("resourceGroupName")
    String resourceGroupName;
    @PathParam("resourceProviderNamespace")
    String resourceProviderNamespace;
    @PathParam("resourceType")
    String resourceType;

    @Inject
    AdminListClusters list;
    @Inject
    AdminKubernetesObjects objects;
    @Inject
    Responses responses;
    @Context
    HttpServletRequest request;

    @GET
    @Path("providers/{resourceProviderNamespace}/{resourceType}")
    public Response clusters() {
        return responses.of(list.run());
    }

    @GET
    @Path(CLUSTER + "/kubernetesobjects")
    public Response getObjects(@PathParam("resourceName") String resourceName, @QueryParam("kind") String kind,
            @QueryParam("namespace") String namespace, @QueryParam("name") String name) {
        return responses.of(objects.get(resourceId(), kind, namespace, name));
    }

    @POST
    @Path(CLUSTER + "/kubernetesobjects")
    public Response createOrUpdateObject(@PathParam("resourceName") String resourceName, byte[] body) {
        return responses.of(objects.createOrUpdate(resourceId(), body));
    }

    @DELETE
    @Path(CLUSTER + "/kubernetesobjects")
    public Response deleteObject(@PathParam("resourceName") String resourceName, @QueryParam("kind") String kind,
            @QueryParam("namespace") String namespace, @QueryParam("name") String name) {
        return responses.of(objects.delete(resourceId(), kind, namespace, name));
    }

    /** The cluster id as the caller cased it: the path between {@code /admin} and the action. */
    private String resourceId() {
        return ArmRequest.originalPathPrefix(request, 1, 8);
    }
}
