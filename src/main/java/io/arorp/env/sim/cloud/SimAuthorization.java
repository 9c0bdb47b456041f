package io.arorp.env.sim.cloud;

import com.fasterxml.jackson.databind.JsonNode;
import io.arorp.env.cloud.Authorization;
import io.arorp.env.cloud.CloudResource;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Role-based access as dev needs it: every principal may do everything, unless a deny assignment
 * ({@code Microsoft.Authorization/denyAssignments}, stored at the scope or above it) says otherwise: one naming the
 * principal (how a missing role assignment shows up to the RP), or a system one on everyone that does not exclude
 * the principal. Role assignments the RP makes are stored.
 */
public final class SimAuthorization implements Authorization {
    public static final String DENY_TYPE = "Microsoft.Authorization/denyAssignments";
    /** ARM's "everyone" principal of a system-defined deny assignment. */
    static final String EVERYONE = "00000000-0000-0000-0000-000000000000";
    static final String ASSIGNMENT_TYPE = "Microsoft.Authorization/roleAssignments";
    private final SimulatedCloud cloud;

    public SimAuthorization(SimulatedCloud cloud) {
        this.cloud = cloud;
    }

    @Override
    public List<String> missingPermissions(String principalId, String scope, List<String> actions) {
        return cloud.calls().call("authorization.check", scope, () -> {
            String lowerScope = scope.toLowerCase(Locale.ROOT);
            return cloud.listByType(SimulatedCloud.subscriptionOf(scope), DENY_TYPE).stream()
                    .filter(d -> lowerScope.startsWith(d.properties().path("scope").asText().toLowerCase(Locale.ROOT)))
                    .flatMap(d -> denied(d, principalId, actions).stream()).distinct().toList();
        });
    }

    /**
     * The actions a deny assignment takes from the principal: all of them when it names the principal (how tests
     * and people take a permission away), or, for a system deny assignment on everyone (the RP's own on a managed
     * resource group), those its permissions match unless the principal is excluded.
     */
    private static List<String> denied(CloudResource deny, String principalId, List<String> actions) {
        if (principalId.equalsIgnoreCase(deny.properties().path("principalId").asText())) {
            return List.copyOf(actions);
        }
        JsonNode principals = deny.properties().path("principals");
        boolean everyone = principals.isArray() && principals.findValuesAsText("id").contains(EVERYONE);
        if (!everyone || deny.properties().path("excludePrincipals").findValuesAsText("id").stream()
                .anyMatch(principalId::equalsIgnoreCase)) {
            return List.of();
        }
        List<String> denied = new ArrayList<>();
        for (JsonNode permission : deny.properties().path("permissions")) {
            for (String action : actions) {
                boolean matches = false;
                for (JsonNode pattern : permission.path("actions")) {
                    matches |= matches(pattern.asText(), action);
                }
                boolean excepted = false;
                for (JsonNode pattern : permission.path("notActions")) {
                    excepted |= matches(pattern.asText(), action);
                }
                if (matches && !excepted) {
                    denied.add(action);
                }
            }
        }
        return denied;
    }

    /** ARM action patterns: {@code *} stands for any run of characters, case-insensitively. */
    private static boolean matches(String pattern, String action) {
        String regex = java.util.regex.Pattern.quote(pattern.toLowerCase(Locale.ROOT)).replace("*", "\\E.*\\Q");
        return action.toLowerCase(Locale.ROOT).matches(regex);
    }

    @Override
    public void ensureRoleAssignment(String scope, String principalId, String roleDefinitionId) {
        String id = assignmentId(scope, principalId, roleDefinitionId);
        cloud.calls().run("authorization.assign", id, () -> cloud.put(CloudResource.of(id, ASSIGNMENT_TYPE, null,
                cloud.object().put("scope", scope).put("principalId", principalId)
                        .put("roleDefinitionId", roleDefinitionId))));
    }

    @Override
    public void deleteRoleAssignments(String scope, String principalId) {
        cloud.calls().run("authorization.delete", scope, () -> cloud
                .listByType(SimulatedCloud.subscriptionOf(scope), ASSIGNMENT_TYPE).stream()
                .filter(a -> scope.equalsIgnoreCase(a.properties().path("scope").asText())
                        && principalId.equalsIgnoreCase(a.properties().path("principalId").asText()))
                .forEach(a -> cloud.delete(a.id())));
    }

    @Override
    public List<RoleAssignment> roleAssignmentsAt(String scope) {
        return cloud.calls().call("authorization.list", scope, () -> cloud
                .listByType(SimulatedCloud.subscriptionOf(scope), ASSIGNMENT_TYPE).stream()
                .filter(a -> scope.equalsIgnoreCase(a.properties().path("scope").asText()))
                .map(a -> new RoleAssignment(a.id(), a.properties().path("scope").asText(),
                        a.properties().path("principalId").asText(), a.properties().path("roleDefinitionId").asText()))
                .toList());
    }

    @Override
    public void deleteRoleAssignment(String assignmentId) {
        cloud.calls().run("authorization.delete", assignmentId, () -> cloud.delete(assignmentId));
    }

    /** Assignment names are GUIDs; the RP derives them from what they assign, so repeating it is harmless. */
    private static String assignmentId(String scope, String principalId, String roleDefinitionId) {
        String name = UUID.nameUUIDFromBytes((scope + "|" + principalId + "|" + roleDefinitionId)
                .toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8)).toString();
        return scope + "/providers/Microsoft.Authorization/roleAssignments/" + name;
    }
}
