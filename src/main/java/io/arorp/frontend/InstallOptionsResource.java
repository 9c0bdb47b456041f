package io.arorp.frontend;

import io.arorp.frontend.action.GetInstallOptions;
import io.arorp.frontend.filter.RequiresApiVersion;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;

/** OpenShift versions and workload identity role sets offered in this location. */
@Path("/subscriptions/{subscriptionId}/providers/{resourceProviderNamespace}/locations/{location}")
@RequestScoped
@RequiresApiVersion
public class InstallOptionsResource {
    @PathParam("subscriptionId")
    String subscriptionId;
    @PathParam("resourceProviderNamespace")
    String namespace;
    @PathParam("location")
    String location;
    @Inject
    GetInstallOptions options;
    @Inject
    Responses responses;
    @Context
    HttpServletRequest request;

    @GET
    @Path("openshiftversions")
    public Response versions() {
        return responses.of(options.listVersions(locationPath(), ArmRequest.apiVersion(request)));
    }

    @GET
    @Path("openshiftversions/{openShiftVersion}")
    public Response version(@PathParam("openShiftVersion") String version) {
        return responses.of(options.getVersion(locationPath(), version, ArmRequest.apiVersion(request)));
    }

    @GET
    @Path("platformworkloadidentityrolesets")
    public Response roleSets() {
        return responses.of(options.listRoleSets(locationPath(), ArmRequest.apiVersion(request)));
    }

    @GET
    @Path("platformworkloadidentityrolesets/{openShiftMinorVersion}")
    public Response roleSet(@PathParam("openShiftMinorVersion") String minorVersion) {
        return responses.of(options.getRoleSet(locationPath(), minorVersion, ArmRequest.apiVersion(request)));
    }

    /** {@code /subscriptions/{s}/providers/Microsoft.RedHatOpenShift/locations/{location}} as the caller cased it. */
    private String locationPath() {
        return ArmRequest.originalPathPrefix(request, 0, 6);
    }
}
