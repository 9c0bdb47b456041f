package io.arorp.env.cloud;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Azure RBAC role definitions by id: a platform workload identity's role (from the role set of the cluster's
 * version) says which actions the RP must find granted to that identity on the customer's network.
 */
public interface RoleDefinitions {
    /** One permission block: actions granted, minus those {@code notActions} excludes. */
    record Permission(List<String> actions, List<String> notActions) {
        public Permission {
            actions = actions == null ? List.of() : List.copyOf(actions);
            notActions = notActions == null ? List.of() : List.copyOf(notActions);
        }
    }

    record RoleDefinition(String id, String roleName, List<Permission> permissions) {
        public RoleDefinition {
            permissions = permissions == null ? List.of() : List.copyOf(permissions);
        }

        /**
         * Azure's rule: some block lists the action in {@code actions} (with {@code *} wildcards, case-insensitive)
         * and that same block does not exclude it in {@code notActions}.
         */
        public boolean allows(String action) {
            return permissions.stream().anyMatch(p -> matchesAny(p.actions(), action)
                    && !matchesAny(p.notActions(), action));
        }

        private static boolean matchesAny(List<String> patterns, String action) {
            return patterns.stream().anyMatch(pattern -> action.toLowerCase(Locale.ROOT).matches(
                    Pattern.quote(pattern.toLowerCase(Locale.ROOT)).replace("*", "\\E.*\\Q")));
        }
    }

    /**
     * @param subscriptionId the subscription to read it in (built-in roles are visible in every one)
     * @param roleDefinitionId {@code /providers/Microsoft.Authorization/roleDefinitions/<guid>}, with or without a
     *                         subscription prefix
     */
    Optional<RoleDefinition> get(String subscriptionId, String roleDefinitionId);
}
