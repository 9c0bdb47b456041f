package io.arorp.cluster;

import io.arorp.api.CloudException;
import java.util.Set;

/**
 * ensureResourceGroup: the managed resource group, created with {@code managedBy} = the cluster, and the RP's role on
 * it. A group that exists for something else is the customer's error, as in the original.
 */
final class ResourceGroupSteps {
    /** Built-in Owner role: the RP manages everything in the cluster resource group. */
    static final String OWNER_ROLE = "/providers/Microsoft.Authorization/roleDefinitions/8e3af657-a8ff-443c-a75c-2fe8c4bcb635";
    private static final Set<String> TAKEN = Set.of("ResourceGroupManagedByMismatch", "InvalidResourceGroupLocation");

    private ResourceGroupSteps() {
    }

    static void ensureResourceGroup(ClusterContext c) {
        String rg = c.names().resourceGroupId();
        try {
            c.env().cloud().resourceGroups().createOrUpdate(rg, c.cluster().getLocation(), c.cluster().getId());
        } catch (CloudException e) {
            if (TAKEN.contains(e.code())) {
                throw new CloudException(400, "ClusterResourceGroupAlreadyExists", "",
                        "Resource group '" + rg + "' must not already exist.");
            }
            if ("RequestDisallowedByPolicy".equals(e.code())) {
                throw new CloudException(400, "DeploymentFailed", "", "Deployment failed. Details: " + e.getMessage());
            }
            throw e;
        }
        c.env().cloud().authorization().ensureRoleAssignment(rg, c.env().settings().rpPrincipalId(), OWNER_ROLE);
    }

    /** Admin update and delete run it best effort: a group deleted by hand is not an error there. */
    static boolean resourceGroupManagedByCluster(ClusterContext c) {
        return c.env().cloud().resourceGroups().get(c.names().resourceGroupId())
                .map(rg -> c.cluster().getId().equalsIgnoreCase(rg.managedBy())).orElse(false);
    }
}
