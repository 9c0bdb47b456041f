package io.arorp.frontend.action;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.arorp.api.CloudErrorBody;
import io.arorp.api.CloudException;
import io.arorp.api.validate.ValidationContext;
import io.arorp.api.version.ApiVersion;
import io.arorp.api.version.ApiVersions;
import io.arorp.database.Keys;
import io.arorp.database.OpenShiftClusterDocument;
import io.arorp.database.OpenShiftClusters;
import io.arorp.env.RpRegion;
import io.arorp.frontend.error.CloudErrors;
import io.arorp.util.json.Jackson;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * ARM's deployment preflight: before a template deployment runs, ARM asks whether each cluster in it would be
 * accepted. The same static checks as a PUT run (as a create, or as an update of the stored cluster) without writing
 * anything; the answer is always 200 with Succeeded or Failed and the error a PUT would have given.
 */
@ApplicationScoped
public class Preflight {
    private final ObjectMapper mapper = Jackson.newMapper();
    private OpenShiftClusters clusters;
    private ApiVersions versions;
    private ClusterIntent intent;
    private RpRegion region;
    private String managedDomain;

    @Inject
    public Preflight(OpenShiftClusters clusters, ApiVersions versions, ClusterIntent intent, RpRegion region,
            PutOrPatchCluster putOrPatch) {
        this.clusters = clusters;
        this.versions = versions;
        this.intent = intent;
        this.region = region;
        this.managedDomain = putOrPatch.managedDomain();
    }

    protected Preflight() {
    }

    public ArmResult run(String subscriptionId, String resourceGroup, byte[] body) {
        JsonNode request;
        try {
            request = mapper.readTree(body);
        } catch (IOException e) {
            throw CloudErrors.invalidRequestContent(e.getMessage());
        }
        try {
            for (JsonNode resource : request.path("resources")) {
                if (ClusterIntent.RESOURCE_TYPE.equalsIgnoreCase(resource.path("type").asText())) {
                    check(subscriptionId, resourceGroup, resource);
                }
            }
            return ArmResult.of(200, new Outcome("Succeeded", null));
        } catch (CloudException e) {
            return ArmResult.of(200, new Outcome("Failed", e.body()));
        }
    }

    private void check(String subscriptionId, String resourceGroup, JsonNode resource) {
        String apiVersion = resource.path("apiVersion").asText();
        ApiVersion version = versions.find(apiVersion).filter(v -> !"admin".equals(v.name()))
                .orElseThrow(() -> new CloudException(400, "InvalidResourceType", null, "Api version '" + apiVersion
                        + "' is invalid for preflight validation of '" + ClusterIntent.RESOURCE_TYPE + "'."));
        String resourceId = "/subscriptions/" + subscriptionId + "/resourceGroups/" + resourceGroup
                + "/providers/" + ClusterIntent.RESOURCE_TYPE + "/" + resource.path("name").asText();
        ClusterWriteRequest request = new ClusterWriteRequest(resourceId, false,
                resource.toString().getBytes(StandardCharsets.UTF_8), version, null, null, null, null, null);
        ValidationContext context = ValidationContext.of(resourceId, region.location(), managedDomain);
        Optional<OpenShiftClusterDocument> existing = clusters.get(Keys.lower(resourceId));
        if (existing.isPresent()) {
            intent.validateUpdate(existing.get(), request, context);
        } else {
            intent.validateCreate(Keys.lower(resourceId), request, context);
        }
    }

    /** ARM's preflight answer. */
    public record Outcome(String status, CloudErrorBody error) {
    }
}
