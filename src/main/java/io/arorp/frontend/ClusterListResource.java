package io.arorp.frontend;

import io.arorp.frontend.action.ListClusters;
import io.arorp.frontend.filter.RequiresApiVersion;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;

/** Cluster lists by subscription and by resource group. */
@Path("/subscriptions/{subscriptionId}")
@RequestScoped
@RequiresApiVersion
public class ClusterListResource {
    @PathParam("resourceProviderNamespace")
    String resourceProviderNamespace;
    @PathParam("resourceType")
    String resourceType;
    @Inject
    ListClusters list;
    @Inject
    Responses responses;
    @Context
    HttpServletRequest request;

    @GET
    @Path("providers/{resourceProviderNamespace}/{resourceType}")
    public Response bySubscription(@PathParam("subscriptionId") String subscriptionId,
            @QueryParam("$skipToken") String skipToken) {
        return responses.of(list.run(subscriptionId, "/subscriptions/" + subscriptionId + "/", skipToken,
                ArmRequest.referer(request), ArmRequest.apiVersion(request)));
    }

    @GET
    @Path("resourcegroups/{resourceGroupName}/providers/{resourceProviderNamespace}/{resourceType}")
    public Response byResourceGroup(@PathParam("subscriptionId") String subscriptionId,
            @PathParam("resourceGroupName") String resourceGroup, @QueryParam("$skipToken") String skipToken) {
        return responses.of(list.run(subscriptionId,
                "/subscriptions/" + subscriptionId + "/resourcegroups/" + resourceGroup + "/", skipToken,
                ArmRequest.referer(request), ArmRequest.apiVersion(request)));
    }
}
