package io.arorp.cluster;

import io.arorp.env.cloud.CloudResource;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The delete path's Azure work: the cluster's role assignments, then the managed resource group's resources by level
 * (VMs and private endpoints first, NSGs last; NSGs detached from the customer's subnets before) and the group
 * itself — but only a group this cluster manages, never one that belongs to someone else.
 */
final class DeleteSteps {
    private static final Map<String, Integer> LEVELS = Map.of(
            "microsoft.compute/virtualmachines", -4, "microsoft.network/privateendpoints", -4,
            "microsoft.network/privatelinkservices", -3, "microsoft.network/networkinterfaces", -1,
            "microsoft.network/networksecuritygroups", 1, "microsoft.network/privatednszones", 1);

    private DeleteSteps() {
    }

    static void deleteRoleAssignments(ClusterContext c) {
        if (c.names().resourceGroupId() != null) {
            c.env().cloud().authorization().deleteRoleAssignments(c.names().resourceGroupId(),
                    c.env().settings().rpPrincipalId());
        }
    }

    static void deleteResources(ClusterContext c) {
        if (c.names().resourceGroupId() == null || !ResourceGroupSteps.resourceGroupManagedByCluster(c)) {
            return;
        }
        NetworkSteps.detachNsgs(c);
        var resources = c.env().cloud().resources();
        List<CloudResource> all = resources.listByResourceGroup(c.names().resourceGroupId()).stream()
                .sorted(Comparator.comparingInt(DeleteSteps::level)).toList();
        for (CloudResource r : all) {
            c.safePoint();
            resources.delete(r.id());
        }
        c.env().cloud().resourceGroups().delete(c.names().resourceGroupId());
    }

    static void startVms(ClusterContext c) {
        var resources = c.env().cloud().resources();
        for (CloudResource r : resources.listByResourceGroup(c.names().resourceGroupId())) {
            if (r.type().equalsIgnoreCase("Microsoft.Compute/virtualMachines")) {
                c.env().cloud().compute().start(r.id());
            }
        }
    }

    private static int level(CloudResource r) {
        return LEVELS.getOrDefault(r.type().toLowerCase(java.util.Locale.ROOT), 0);
    }
}
