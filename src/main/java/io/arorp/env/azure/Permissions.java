package io.arorp.env.azure;

import com.azure.resourcemanager.authorization.fluent.models.RoleDefinitionInner;
import com.azure.resourcemanager.authorization.fluent.models.PermissionInner;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Azure RBAC's rule for one action against a role definition: some permission block lists it in {@code actions}
 * (with {@code *} wildcards, case-insensitive) and that same block does not exclude it in {@code notActions}.
 */
final class Permissions {
    private Permissions() {
    }

    static boolean allows(RoleDefinitionInner role, String action) {
        if (role == null || role.permissions() == null) {
            return false;
        }
        for (PermissionInner p : role.permissions()) {
            if (matchesAny(p.actions(), action) && !matchesAny(p.notActions(), action)) {
                return true;
            }
        }
        return false;
    }

    static boolean matchesAny(List<String> patterns, String action) {
        return patterns != null && patterns.stream().anyMatch(p -> matches(p, action));
    }

    static boolean matches(String pattern, String action) {
        String regex = Pattern.quote(pattern.toLowerCase(Locale.ROOT)).replace("*", "\\E.*\\Q");
        return action.toLowerCase(Locale.ROOT).matches(regex);
    }
}
