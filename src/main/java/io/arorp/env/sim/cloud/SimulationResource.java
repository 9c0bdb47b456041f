package io.arorp.env.sim.cloud;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.arorp.env.RpMode;
import io.arorp.env.cloud.CloudResource;
import io.arorp.util.json.Jackson;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.util.Map;

/**
 * The simulated cloud's control panel, dev and test only (404 in prod), behind admin authentication like every
 * {@code /admin} route: inject and remove faults, look at or set up cloud resources (a VNet of a given shape, a deny
 * assignment), and count calls — what ITs and a person trying failure paths need.
 */
@Path("/admin/simulation")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class SimulationResource {
    private final ObjectMapper mapper = Jackson.newMapper();
    private RpMode mode;
    private Instance<SimulatedCloud> cloud;

    @Inject
    public SimulationResource(RpMode mode, Instance<SimulatedCloud> cloud) {
        this.mode = mode;
        this.cloud = cloud;
    }

    protected SimulationResource() {
    }

    @POST
    @Path("faults")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response inject(byte[] body) throws IOException {
        String id = cloud().calls().inject(mapper.readValue(body, Fault.class));
        return Response.status(201).entity(mapper.writeValueAsString(Map.of("id", id))).build();
    }

    @GET
    @Path("faults")
    public String faults() throws IOException {
        return mapper.writeValueAsString(cloud().calls().faults());
    }

    @DELETE
    @Path("faults/{id}")
    public Response remove(@PathParam("id") String id) {
        return Response.status(cloud().calls().remove(id) ? 204 : 404).build();
    }

    @DELETE
    @Path("faults")
    public Response removeAll() {
        cloud().calls().removeAll();
        return Response.noContent().build();
    }

    @GET
    @Path("resources")
    public String resources() throws IOException {
        return mapper.writeValueAsString(cloud().all());
    }

    @PUT
    @Path("resources")
    @Consumes(MediaType.APPLICATION_JSON)
    public String create(byte[] body) throws IOException {
        return mapper.writeValueAsString(cloud().create(mapper.readValue(body, CloudResource.class)));
    }

    /** How often an operation completed, on one resource ({@code resource}) or any. */
    @GET
    @Path("calls")
    public String calls(@QueryParam("operation") String operation, @QueryParam("resource") String resource)
            throws IOException {
        long count = resource == null ? cloud().calls().count(operation) : cloud().calls().count(operation, resource);
        return mapper.writeValueAsString(Map.of("operation", operation, "count", count));
    }

    private SimulatedCloud cloud() {
        if (mode == RpMode.PROD) {
            throw new NotFoundException();
        }
        return cloud.get();
    }
}
