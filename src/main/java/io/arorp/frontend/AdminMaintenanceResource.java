package io.arorp.frontend;

import io.arorp.frontend.admin.AdminMaintenanceSchedules;
import io.arorp.frontend.admin.AdminQueuedManifests;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;

/** The admin API's MIMO routes across clusters: the manifest queue and the maintenance schedules. */
@Path("/admin")
@RequestScoped
public class AdminMaintenanceResource {
    @Inject
    AdminQueuedManifests queue;
    @Inject
    AdminMaintenanceSchedules schedules;
    @Inject
    Responses responses;
    @Context
    HttpServletRequest request;

    @GET
    @Path("maintenancemanifests/queued")
    public Response queued(@QueryParam("limit") String limit, @QueryParam("$skipToken") String skipToken) {
        return responses.of(queue.queued(limit, skipToken, ArmRequest.referer(request)));
    }

    @POST
    @Path("maintenancemanifests/cancel")
    public Response cancelBySchedule(@QueryParam("scheduleID") String scheduleId) {
        return responses.of(queue.cancelBySchedule(scheduleId));
    }

    @GET
    @Path("maintenanceschedules")
    public Response listSchedules() {
        return responses.of(schedules.list());
    }

    @PUT
    @Path("maintenanceschedules")
    public Response putSchedule(byte[] body) {
        return responses.of(schedules.put(body));
    }

    @GET
    @Path("maintenanceschedules/{scheduleId}")
    public Response getSchedule(@PathParam("scheduleId") String scheduleId) {
        return responses.of(schedules.get(scheduleId));
    }
}
