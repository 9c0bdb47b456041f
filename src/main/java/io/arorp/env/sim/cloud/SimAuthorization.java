package io.arorp.env.sim.cloud;

import io.arorp.env.cloud.Authorization;
import io.arorp.env.cloud.CloudResource;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Role-based access as dev needs it: every principal may do everything, unless a deny assignment
 * ({@code Microsoft.Authorization/denyAssignments}, stored at the scope or above it, naming the principal) says
 * otherwise, exactly how a missing role assignment shows up to the RP. Role assignments the RP makes are stored.
 */
public final class SimAuthorization implements Authorization {
    public static final String DENY_TYPE = "Microsoft.Authorization/denyAssignments";
    static final String ASSIGNMENT_TYPE = "Microsoft.Authorization/roleAssignments";
    private final SimulatedCloud cloud;

    public SimAuthorization(SimulatedCloud cloud) {
        this.cloud = cloud;
    }

    @Override
    public List<String> missingPermissions(String principalId, String scope, List<String> actions) {
        return cloud.calls().call("authorization.check", scope, () -> {
            String lowerScope = scope.toLowerCase(Locale.ROOT);
            boolean denied = cloud.listByType(SimulatedCloud.subscriptionOf(scope), DENY_TYPE).stream()
                    .filter(d -> principalId.equalsIgnoreCase(d.properties().path("principalId").asText()))
                    .anyMatch(d -> lowerScope.startsWith(d.properties().path("scope").asText().toLowerCase(Locale.ROOT)));
            return denied ? List.copyOf(actions) : List.of();
        });
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

    /** Assignment names are GUIDs; the RP derives them from what they assign, so repeating it is harmless. */
    private static String assignmentId(String scope, String principalId, String roleDefinitionId) {
        String name = UUID.nameUUIDFromBytes((scope + "|" + principalId + "|" + roleDefinitionId)
                .toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8)).toString();
        return scope + "/providers/Microsoft.Authorization/roleAssignments/" + name;
    }
}
