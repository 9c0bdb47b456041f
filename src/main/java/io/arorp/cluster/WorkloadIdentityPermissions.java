package io.arorp.cluster;

import io.arorp.api.CloudException;
import io.arorp.api.PlatformWorkloadIdentityRole;
import io.arorp.env.cloud.ManagedIdentities;
import io.arorp.env.cloud.RoleDefinitions;
import java.util.List;
import java.util.Map;

/**
 * The permission check of a workload-identity cluster on a customer resource: each platform identity must hold, on
 * the resource, those of the checked actions its role (from the role set, its definition read from Azure) grants —
 * an operator is checked only for what it is meant to do there.
 */
final class WorkloadIdentityPermissions {
    private WorkloadIdentityPermissions() {
    }

    static void require(ClusterContext c, String scope, List<String> actions, String what) {
        Map<String, PlatformWorkloadIdentityRole> roles = PlatformIdentities.roles(c);
        Map<String, ManagedIdentities.Identity> identities = PlatformIdentities.resolve(c);
        String subscription = c.doc().getPartitionKey();
        for (Map.Entry<String, ManagedIdentities.Identity> e : identities.entrySet()) {
            PlatformWorkloadIdentityRole role = roles.get(e.getKey());
            if (role == null) {
                continue;
            }
            RoleDefinitions.RoleDefinition definition = c.env().identity().roleDefinitions()
                    .get(subscription, role.getRoleDefinitionId()).orElseThrow(() -> new CloudException(500,
                            "InternalServerError", null, "the role definition '" + role.getRoleDefinitionId()
                            + "' of operator '" + e.getKey() + "' does not exist"));
            List<String> wanted = actions.stream().filter(definition::allows).toList();
            if (!wanted.isEmpty() && !c.env().cloud().authorization().missingPermissions(e.getValue().principalId(),
                    scope, wanted).isEmpty()) {
                throw new CloudException(400, "InvalidWorkloadIdentityPermissions", "", "The " + e.getKey()
                        + " platform managed identity does not have required permissions on " + what + ".");
            }
        }
    }
}
