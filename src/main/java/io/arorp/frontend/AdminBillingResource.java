package io.arorp.frontend;

import io.arorp.frontend.admin.AdminBillingDocuments;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;

/** The admin API's billing records. */
@Path("/admin/billingdocuments")
@RequestScoped
public class AdminBillingResource {
    @Inject
    AdminBillingDocuments billing;
    @Inject
    Responses responses;
    @Context
    HttpServletRequest request;

    @GET
    public Response list(@QueryParam("$skipToken") String skipToken) {
        return responses.of(billing.list(skipToken, ArmRequest.referer(request)));
    }

    @GET
    @Path("{billingDocId}")
    public Response get(@PathParam("billingDocId") String billingDocId) {
        return responses.of(billing.get(billingDocId));
    }
}
