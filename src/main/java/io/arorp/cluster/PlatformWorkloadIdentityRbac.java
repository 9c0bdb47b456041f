package io.arorp.cluster;

import io.arorp.api.PlatformWorkloadIdentityRole;
import io.arorp.env.cloud.Authorization;
import io.arorp.env.cloud.ManagedIdentities;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * ensurePlatformWorkloadIdentityRBAC: each platform identity holds its operator's role (from the role set) on the
 * cluster's managed resource group, where the operators create and manage the cluster's Azure resources. An
 * assignment of one of those roles to anyone else is removed: it belonged to an identity the customer swapped out,
 * which must no longer act on the cluster's resources.
 */
final class PlatformWorkloadIdentityRbac {
    private PlatformWorkloadIdentityRbac() {
    }

    static void ensurePlatformWorkloadIdentityRbac(ClusterContext c) {
        if (!PlatformIdentities.used(c)) {
            return;
        }
        String scope = c.names().resourceGroupId();
        Map<String, PlatformWorkloadIdentityRole> roles = PlatformIdentities.roles(c);
        Map<String, ManagedIdentities.Identity> identities = PlatformIdentities.resolve(c);
        Map<String, Set<String>> wanted = new HashMap<>(); // role definition GUID -> principals that should hold it
        Map<String, String> definitions = new HashMap<>();
        identities.forEach((operator, identity) -> {
            PlatformWorkloadIdentityRole role = roles.get(operator);
            if (role != null) {
                String guid = guid(role.getRoleDefinitionId());
                wanted.computeIfAbsent(guid, g -> new HashSet<>()).add(identity.principalId().toLowerCase(Locale.ROOT));
                definitions.put(guid, role.getRoleDefinitionId());
            }
        });
        Authorization authorization = c.env().cloud().authorization();
        Set<String> present = new HashSet<>();
        for (Authorization.RoleAssignment a : authorization.roleAssignmentsAt(scope)) {
            Set<String> holders = wanted.get(guid(a.roleDefinitionId()));
            if (holders == null) {
                continue; // not a platform role: the RP's, the cluster service principal's, the customer's
            }
            String principal = a.principalId().toLowerCase(Locale.ROOT);
            if (holders.contains(principal)) {
                present.add(guid(a.roleDefinitionId()) + "|" + principal);
            } else {
                c.safePoint();
                authorization.deleteRoleAssignment(a.id());
            }
        }
        // role sets name definitions tenant-wide; an assignment names them in the cluster's subscription
        String subscription = "/subscriptions/" + c.doc().getPartitionKey();
        wanted.forEach((guid, principals) -> principals.stream().filter(p -> !present.contains(guid + "|" + p))
                .forEach(p -> authorization.ensureRoleAssignment(scope, p, subscription + definitions.get(guid))));
    }

    private static String guid(String roleDefinitionId) {
        return roleDefinitionId.substring(roleDefinitionId.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
    }
}
