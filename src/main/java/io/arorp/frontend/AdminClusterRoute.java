package io.arorp.frontend;

import io.arorp.frontend.admin.AdminTimeout;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;

/**
 * What the per-cluster admin resources share: the path parameters of the cluster prefix, the timeout every action
 * runs under, and the cluster id as the caller cased it.
 */
abstract class AdminClusterRoute {
    /** The root every admin resource shares: one root, so JAX-RS looks for a route in all of them. */
    static final String ADMIN = "/admin";
    /** The cluster prefix of the per-cluster routes, below {@link #ADMIN}. */
    static final String CLUSTER = "subscriptions/{subscriptionId}/resourcegroups/{resourceGroupName}"
            + "/providers/{resourceProviderNamespace}/{resourceType}/{resourceName}/";

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
    AdminTimeout timeout;
    @Inject
    Responses responses;
    @Context
    HttpServletRequest request;

    /**
     * The cluster id as the caller cased it: the path between {@code /admin} and the action. Read on the request
     * thread, before the action moves to the executor, where the request is out of reach.
     */
    String clusterId() {
        return ArmRequest.originalPathPrefix(request, 1, 8);
    }
}
