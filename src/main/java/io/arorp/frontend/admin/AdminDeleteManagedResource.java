package io.arorp.frontend.admin;

import io.arorp.api.CloudException;
import io.arorp.database.OpenShiftClusterDocument;
import io.arorp.env.cloud.Resources;
import io.arorp.frontend.action.ArmResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Deletes one resource of the cluster's managed resource group, for SREs cleaning up what a failed operation left.
 * The private link service and private endpoints (the RP's and the gateway's way into the cluster) and storage (the
 * cluster's ignition and registry data) can never be deleted this way.
 */
@ApplicationScoped
public class AdminDeleteManagedResource {
    private static final List<Pattern> DENIED = List.of(
            Pattern.compile("(?i)^/subscriptions/(.+)/resourceGroups/(.+)/providers/Microsoft\\.Network/privateLinkServices/([^/]+)$"),
            Pattern.compile("(?i)^/subscriptions/(.+)/resourceGroups/(.+)/providers/Microsoft\\.Network/privateEndpoints/([^/]+)$"),
            Pattern.compile("(?i)^/subscriptions/(.+)/resourceGroups/(.+)/providers/Microsoft\\.Storage/(.+)$"));
    private AdminCluster cluster;
    private Resources resources;

    @Inject
    public AdminDeleteManagedResource(AdminCluster cluster, Resources resources) {
        this.cluster = cluster;
        this.resources = resources;
    }

    protected AdminDeleteManagedResource() {
    }

    public ArmResult run(String resourceId, String managedResourceId) {
        OpenShiftClusterDocument doc = cluster.document(resourceId);
        String id = managedResourceId == null ? "" : managedResourceId;
        String group = AdminCluster.resourceGroupId(doc);
        // below the group, not the group itself nor a group whose name merely starts the same
        if (!id.toLowerCase(Locale.ROOT).startsWith(group.toLowerCase(Locale.ROOT) + "/")) {
            throw AdminParameters.invalid("The resource " + id + " is not within the cluster's managed resource group "
                    + group + ".");
        }
        if (DENIED.stream().anyMatch(p -> p.matcher(id).matches())) {
            throw AdminParameters.invalid("deletion of resource " + id + " is forbidden");
        }
        if (resources.get(id).isEmpty()) {
            throw new CloudException(404, "NotFound", null, "The resource '" + id + "' could not be found.");
        }
        resources.delete(id);
        return ArmResult.of(200, null);
    }
}
