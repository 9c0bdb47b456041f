package io.arorp.frontend.filter;

import io.arorp.api.CloudException;
import io.arorp.env.RpRegion;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.Provider;
import java.util.regex.Pattern;

/**
 * Validates the named segments of a matched ARM path with the original RP's codes and messages, before any handler
 * runs. Paths are already lower-case ({@link ArmPathFilter}).
 */
@Provider
@ApplicationScoped
@Priority(FilterPriorities.VALIDATE)
public class PathSegmentValidator implements ContainerRequestFilter {
    public static final String NAMESPACE = "microsoft.redhatopenshift";
    public static final String RESOURCE_TYPE = "openshiftclusters";
    private static final Pattern UUID = Pattern.compile(
            "^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$");
    private static final Pattern NAME = Pattern.compile("^[-a-z0-9_().]{0,89}[-a-z0-9_()]$");

    @Inject
    RpRegion region;

    @Override
    public void filter(ContainerRequestContext request) {
        MultivaluedMap<String, String> p = request.getUriInfo().getPathParameters();
        String subscriptionId = p.getFirst("subscriptionId");
        if (subscriptionId != null && !UUID.matcher(subscriptionId).matches()) {
            throw bad("InvalidSubscriptionID",
                    "The provided subscription identifier '" + subscriptionId + "' is malformed or invalid.");
        }
        String resourceGroup = p.getFirst("resourceGroupName");
        if (resourceGroup != null && !NAME.matcher(resourceGroup).matches()) {
            throw bad("ResourceGroupNotFound", "Resource group '" + resourceGroup + "' could not be found.");
        }
        String namespace = p.getFirst("resourceProviderNamespace");
        if (namespace != null && !NAMESPACE.equals(namespace)) {
            throw bad("InvalidResourceNamespace", "The resource namespace '" + namespace + "' is invalid.");
        }
        String type = p.getFirst("resourceType");
        if (type != null && !RESOURCE_TYPE.equals(type)) {
            throw bad("InvalidResourceType", "The resource type '" + type + "' could not be found in the namespace '"
                    + namespace + "' for api version '" + request.getUriInfo().getQueryParameters()
                    .getFirst("api-version") + "'.");
        }
        String name = p.getFirst("resourceName");
        if (name != null && !NAME.matcher(name).matches()) {
            throw bad("ResourceNotFound", "The Resource '" + namespace + "/" + type + "/" + name
                    + "' under resource group '" + resourceGroup + "' was not found.");
        }
        String location = p.getFirst("location");
        if (location != null && !region.location().equalsIgnoreCase(location)) {
            throw bad("InvalidLocation", "The provided location '" + location + "' is malformed or invalid.");
        }
        String operationId = p.getFirst("operationId");
        if (operationId != null && !UUID.matcher(operationId).matches()) {
            throw bad("InvalidOperationID",
                    "The provided operation identifier '" + operationId + "' is malformed or invalid.");
        }
    }

    private static CloudException bad(String code, String message) {
        return new CloudException(400, code, null, message);
    }
}
