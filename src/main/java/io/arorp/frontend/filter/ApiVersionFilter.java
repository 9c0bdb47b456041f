package io.arorp.frontend.filter;

import io.arorp.api.version.ApiVersion;
import io.arorp.api.version.ApiVersions;
import io.arorp.frontend.ArmRequest;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;
import java.util.List;

/**
 * Resolves the request's {@code api-version} to its version bean once, for the route's handler; an unknown version is
 * ARM's 400 {@code InvalidResourceType}, naming namespace and type as the caller spelled them.
 */
@Provider
@RequiresApiVersion
@ApplicationScoped
@Priority(FilterPriorities.API_VERSION)
public class ApiVersionFilter implements ContainerRequestFilter {
    @Inject
    ApiVersions versions;

    @Override
    public void filter(ContainerRequestContext request) {
        String requested = request.getUriInfo().getQueryParameters().getFirst("api-version");
        String original = (String) request.getProperty(ArmRequest.ORIGINAL_PATH);
        List<String> segments = List.of((original == null ? "" : original).split("/"));
        int providers = indexOfIgnoreCase(segments, "providers");
        String namespace = providers >= 0 && providers + 1 < segments.size() ? segments.get(providers + 1) : "";
        String type = providers >= 0 && providers + 2 < segments.size() ? segments.get(providers + 2) : "";
        ApiVersion version = versions.get(requested, namespace, type);
        request.setProperty(ArmRequest.API_VERSION, version);
    }

    private static int indexOfIgnoreCase(List<String> segments, String wanted) {
        for (int i = 0; i < segments.size(); i++) {
            if (segments.get(i).equalsIgnoreCase(wanted)) {
                return i;
            }
        }
        return -1;
    }
}
