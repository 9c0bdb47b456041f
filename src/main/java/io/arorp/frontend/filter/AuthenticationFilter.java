package io.arorp.frontend.filter;

import io.arorp.env.auth.Admin;
import io.arorp.env.auth.Arm;
import io.arorp.env.auth.ClientAuthorizer;
import io.arorp.frontend.error.CloudErrors;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.security.cert.X509Certificate;
import java.util.List;

/**
 * Authenticates every request except the readiness probe, before routing (so an unknown path is 404 only for an
 * authenticated caller, like the original). Admin calls ({@code /admin/...} or {@code api-version=admin}) need the
 * admin certificate; everything else ARM's. TLS only requests the certificate; this filter decides.
 */
@Provider
@PreMatching
@ApplicationScoped
@Priority(FilterPriorities.AUTHENTICATION)
public class AuthenticationFilter implements ContainerRequestFilter {
    private static final String CERTIFICATES = "jakarta.servlet.request.X509Certificate";

    @Inject
    @Arm
    ClientAuthorizer arm;

    @Inject
    @Admin
    ClientAuthorizer admin;

    @Context
    HttpServletRequest servletRequest;

    @Override
    public void filter(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        if ("/healthz/ready".equals(path) || "healthz/ready".equals(path)) {
            return;
        }
        boolean adminCall = path.startsWith("/admin") || path.startsWith("admin")
                || "admin".equals(request.getUriInfo().getQueryParameters().getFirst("api-version"));
        ClientAuthorizer authorizer = adminCall ? admin : arm;
        if (!authorizer.isAuthorized(chain())) {
            throw CloudErrors.forbidden();
        }
    }

    private List<X509Certificate> chain() {
        Object certificates = servletRequest.getAttribute(CERTIFICATES);
        return certificates instanceof X509Certificate[] chain ? List.of(chain) : List.of();
    }
}
