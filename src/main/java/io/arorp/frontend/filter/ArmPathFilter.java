package io.arorp.frontend.filter;

import io.arorp.frontend.ArmRequest;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;
import java.net.URI;
import java.util.Locale;

/**
 * ARM resource ids are case-insensitive and ARM clients sometimes send {@code //} (an empty parent path). Routes are
 * matched on the cleaned, lower-cased path, so every key derived from it is lower-case; the caller's original path is
 * kept on the request for responses that must echo its casing.
 */
@Provider
@PreMatching
@ApplicationScoped
@Priority(FilterPriorities.PATH)
public class ArmPathFilter implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        URI uri = request.getUriInfo().getRequestUri();
        String original = clean(uri.getRawPath());
        request.setProperty(ArmRequest.ORIGINAL_PATH, original);
        String lowered = original.toLowerCase(Locale.ROOT);
        if (!lowered.equals(uri.getRawPath())) {
            String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
            request.setRequestUri(request.getUriInfo().getBaseUri(), uri.resolve(lowered + query));
        }
    }

    /** Collapses repeated slashes and drops a trailing slash, like the original's CleanPath. */
    static String clean(String path) {
        if (path == null || path.isEmpty()) {
            return "/";
        }
        String cleaned = path.replaceAll("/{2,}", "/");
        if (cleaned.length() > 1 && cleaned.endsWith("/")) {
            cleaned = cleaned.substring(0, cleaned.length() - 1);
        }
        return cleaned;
    }
}
