package io.arorp.frontend;

import io.arorp.frontend.admin.AdminClusterSummaries;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.util.HashMap;
import java.util.Map;

/** The admin API's fleet summary: one line per cluster, filterable. */
@Path("/admin/clusters")
@RequestScoped
public class AdminClustersResource {
    @Inject
    AdminClusterSummaries summaries;
    @Inject
    Responses responses;

    @GET
    public Response list(@QueryParam("name") String name, @QueryParam("subscription") String subscription,
            @QueryParam("version") String version, @QueryParam("created_by") String createdBy,
            @QueryParam("provisioned_by") String provisionedBy, @QueryParam("state") String state) {
        Map<String, String> filters = new HashMap<>();
        filters.put("name", name);
        filters.put("subscription", subscription);
        filters.put("version", version);
        filters.put("created_by", createdBy);
        filters.put("provisioned_by", provisionedBy);
        filters.put("state", state);
        return responses.of(summaries.run(filters));
    }
}
