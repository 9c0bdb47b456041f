package io.arorp.frontend;

import io.arorp.frontend.admin.AdminOpenShiftVersions;
import io.arorp.frontend.admin.AdminRoleSets;
import io.arorp.frontend.admin.AdminSupportedVmSizes;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

/**
 * The admin API's install catalog: OpenShift versions, workload identity role sets and supported VM sizes. Routes are
 * matched on the lower-cased path (see the path filter), hence the lower-case templates.
 */
@Path("/admin")
@RequestScoped
public class AdminCatalogResource {
    @Inject
    AdminOpenShiftVersions versions;
    @Inject
    AdminRoleSets roleSets;
    @Inject
    AdminSupportedVmSizes vmSizes;
    @Inject
    Responses responses;

    @GET
    @Path("versions")
    public Response listVersions() {
        return responses.of(versions.list());
    }

    @PUT
    @Path("versions")
    public Response putVersion(byte[] body) {
        return responses.of(versions.put(body));
    }

    @GET
    @Path("platformworkloadidentityrolesets")
    public Response listRoleSets() {
        return responses.of(roleSets.list());
    }

    @PUT
    @Path("platformworkloadidentityrolesets")
    public Response putRoleSet(byte[] body) {
        return responses.of(roleSets.put(body));
    }

    @GET
    @Path("supportedvmsizes")
    public Response supportedVmSizes(@QueryParam("vmRole") String vmRole) {
        return responses.of(vmSizes.forRole(vmRole));
    }
}
