package io.arorp.frontend;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * The original RP's readiness route, kept for its load balancer and tooling: 200 {@code {}} when every MicroProfile
 * readiness check is up, 500 otherwise. Same checks as {@code /health/ready}, so the two can never disagree.
 */
@Path("/healthz/ready")
@RequestScoped
public class HealthzResource {
    // Field injection: RESTEasy instantiates resources through their public no-arg constructor.
    @Inject
    @Readiness
    Instance<HealthCheck> readinessChecks;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response ready() {
        for (HealthCheck check : readinessChecks) {
            if (check.call().getStatus() != HealthCheckResponse.Status.UP) {
                return Response.serverError().entity("{}").build();
            }
        }
        return Response.ok("{}").build();
    }
}
