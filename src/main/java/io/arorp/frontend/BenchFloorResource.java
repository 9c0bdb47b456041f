package io.arorp.frontend;

import io.arorp.frontend.error.CloudErrors;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The benchmark's floor (bench/README.md): the cheapest request the RP can answer, through the same TLS endpoint and
 * the same global filters (correlation, path, body, authentication, segment validation) as every ARM route, so a
 * route's figures can be read as a ratio to what the server and its filter chain cost alone. Off unless
 * {@code aro.bench.floor-endpoint=true}; then it answers 404 like any unknown path. Never on in prod.
 */
@Path("/bench/floor")
@RequestScoped
public class BenchFloorResource {
    // Field injection: RESTEasy instantiates resources through their public no-arg constructor.
    @Inject
    @ConfigProperty(name = "aro.bench.floor-endpoint", defaultValue = "false")
    boolean enabled;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public String floor() {
        if (!enabled) {
            throw CloudErrors.pathNotFound();
        }
        return "{}";
    }
}
