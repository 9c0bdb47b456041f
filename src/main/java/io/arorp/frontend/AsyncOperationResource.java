package io.arorp.frontend;

import io.arorp.frontend.action.GetAsyncOperation;
import io.arorp.frontend.filter.RequiresApiVersion;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;

/** The polling URLs handed out by PUT, PATCH and DELETE. */
@Path("/subscriptions/{subscriptionId}/providers/{resourceProviderNamespace}/locations/{location}")
@RequestScoped
@RequiresApiVersion
public class AsyncOperationResource {
    @PathParam("resourceProviderNamespace")
    String resourceProviderNamespace;
    @PathParam("location")
    String location;
    @Inject
    GetAsyncOperation operations;
    @Inject
    Responses responses;
    @Context
    HttpServletRequest request;

    @GET
    @Path("operationsstatus/{operationId}")
    public Response status(@PathParam("subscriptionId") String subscriptionId,
            @PathParam("operationId") String operationId) {
        return responses.of(operations.status(subscriptionId, operationId));
    }

    @GET
    @Path("operationresults/{operationId}")
    public Response result(@PathParam("subscriptionId") String subscriptionId,
            @PathParam("operationId") String operationId) {
        return responses.of(operations.result(subscriptionId, operationId, ArmRequest.referer(request),
                ArmRequest.apiVersion(request)));
    }
}
