package io.arorp.frontend.admin;

import io.arorp.database.OpenShiftClusterDocument;
import io.arorp.env.cloud.CloudResource;
import io.arorp.env.cloud.Resources;
import io.arorp.frontend.action.ArmResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything in the cluster's managed resource group, with each resource's properties (a VM's power state and size,
 * a NIC's provisioning state): the first thing an SRE looks at when a cluster misbehaves.
 */
@ApplicationScoped
public class AdminListResources {
    private AdminCluster cluster;
    private Resources resources;

    @Inject
    public AdminListResources(AdminCluster cluster, Resources resources) {
        this.cluster = cluster;
        this.resources = resources;
    }

    protected AdminListResources() {
    }

    public ArmResult run(String resourceId) {
        OpenShiftClusterDocument doc = cluster.document(resourceId);
        List<Map<String, Object>> out = resources.listByResourceGroup(AdminCluster.resourceGroupId(doc)).stream()
                .map(AdminListResources::external).toList();
        return ArmResult.of(200, out);
    }

    private static Map<String, Object> external(CloudResource r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", r.id());
        m.put("name", r.name());
        m.put("type", r.type());
        m.put("location", r.location());
        if (r.managedBy() != null) {
            m.put("managedBy", r.managedBy());
        }
        m.put("tags", r.tags());
        m.put("properties", r.properties());
        return m;
    }
}
