package io.arorp.frontend.filter;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.time.Duration;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * The original's frontend metrics: one timer per verb, api-version, status code and route (the handler, not the
 * path, so resource names never become metric dimensions). Exposed on {@code /metrics} as
 * {@code frontend_duration_seconds}.
 */
@Provider
@PreMatching
@ApplicationScoped
@Priority(FilterPriorities.CORRELATION + 1)
public class RequestMetricsFilter implements ContainerRequestFilter, ContainerResponseFilter {
    private static final String STARTED = RequestMetricsFilter.class.getName() + ".started";

    @Inject
    MetricRegistry registry;

    @Context
    ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request) {
        request.setProperty(STARTED, System.nanoTime());
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        Object started = request.getProperty(STARTED);
        if (started == null) {
            return;
        }
        String apiVersion = request.getUriInfo().getQueryParameters().getFirst("api-version");
        registry.timer("frontend.duration",
                new Tag("verb", request.getMethod()),
                new Tag("api_version", apiVersion == null ? "" : apiVersion),
                new Tag("code", Integer.toString(response.getStatus())),
                new Tag("route", route()))
                .update(Duration.ofNanos(System.nanoTime() - (Long) started));
    }

    private String route() {
        if (resource == null || resource.getResourceMethod() == null) {
            return "unmatched";
        }
        return resource.getResourceClass().getSimpleName() + "." + resource.getResourceMethod().getName();
    }
}
