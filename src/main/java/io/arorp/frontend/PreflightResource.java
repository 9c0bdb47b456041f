package io.arorp.frontend;

import io.arorp.frontend.action.Preflight;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

/** ARM's template deployment preflight for the clusters in a deployment. */
@Path("/subscriptions/{subscriptionId}/resourcegroups/{resourceGroupName}/providers/{resourceProviderNamespace}"
        + "/deployments/{deploymentName}/preflight")
@RequestScoped
public class PreflightResource {
    @PathParam("resourceProviderNamespace")
    String namespace;
    @PathParam("deploymentName")
    String deploymentName;
    @Inject
    Preflight preflight;
    @Inject
    Responses responses;

    @POST
    public Response preflight(@PathParam("subscriptionId") String subscriptionId,
            @PathParam("resourceGroupName") String resourceGroup, byte[] body) {
        return responses.of(preflight.run(subscriptionId, resourceGroup, body));
    }
}
