package io.arorp.env.azure;

import com.azure.core.util.Context;
import com.azure.resourcemanager.authorization.fluent.AuthorizationManagementClient;
import com.azure.resourcemanager.authorization.fluent.models.RoleAssignmentInner;
import com.azure.resourcemanager.authorization.models.PrincipalType;
import com.azure.resourcemanager.authorization.models.RoleAssignmentCreateParameters;
import io.arorp.api.CloudException;
import io.arorp.env.cloud.Authorization;
import io.arorp.env.cloud.RoleDefinitions;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Role-based access through ARM. What a principal may do on a scope is worked out from its role assignments there
 * (inherited ones included) and their role definitions, so the RP can check the cluster's service principal with its
 * own identity; assignments the RP makes get names derived from what they assign, so repeating one is harmless.
 */
public final class AzureAuthorization implements Authorization {
    private final AzureClients clients;
    private final AzureCalls calls;

    public AzureAuthorization(AzureClients clients, AzureCalls calls) {
        this.clients = clients;
        this.calls = calls;
    }

    @Override
    public List<String> missingPermissions(String principalId, String scope, List<String> actions) {
        AuthorizationManagementClient rbac = clients.authorization(ArmId.parse(scope).subscriptionId());
        List<RoleDefinitions.RoleDefinition> roles = calls.call(() -> rbac.getRoleAssignments()
                .listForScope(ArmId.relative(scope), filter("assignedTo('" + principalId + "')"), null, null,
                        Context.NONE).stream()
                .map(a -> rbac.getRoleDefinitions().getById(ArmId.relative(a.roleDefinitionId())))
                .filter(java.util.Objects::nonNull).map(AzureRoleDefinitions::of).toList());
        List<String> missing = new ArrayList<>();
        for (String action : actions) {
            if (roles.stream().noneMatch(r -> r.allows(action))) {
                missing.add(action);
            }
        }
        return missing;
    }

    @Override
    public void ensureRoleAssignment(String scope, String principalId, String roleDefinitionId) {
        AuthorizationManagementClient rbac = clients.authorization(ArmId.parse(scope).subscriptionId());
        RoleAssignmentCreateParameters parameters = new RoleAssignmentCreateParameters()
                .withRoleDefinitionId(roleDefinitionId).withPrincipalId(principalId)
                .withPrincipalType(PrincipalType.SERVICE_PRINCIPAL);
        try {
            calls.run(() -> rbac.getRoleAssignments().create(ArmId.relative(scope), assignmentName(scope, principalId,
                    roleDefinitionId), parameters));
        } catch (CloudException e) {
            if (!"RoleAssignmentExists".equals(e.code())) {
                throw e;
            }
        }
    }

    @Override
    public void deleteRoleAssignments(String scope, String principalId) {
        AuthorizationManagementClient rbac = clients.authorization(ArmId.parse(scope).subscriptionId());
        List<RoleAssignmentInner> assignments = calls.find(() -> rbac.getRoleAssignments()
                .listForScope(ArmId.relative(scope), filter("principalId eq '" + principalId + "'"), null, null,
                        Context.NONE).stream()
                .filter(a -> scope.equalsIgnoreCase(a.scope())).toList()).orElse(List.of());
        for (RoleAssignmentInner a : assignments) {
            calls.delete(() -> rbac.getRoleAssignments().deleteById(ArmId.relative(a.id())));
        }
    }

    @Override
    public List<RoleAssignment> roleAssignmentsAt(String scope) {
        AuthorizationManagementClient rbac = clients.authorization(ArmId.parse(scope).subscriptionId());
        return calls.find(() -> rbac.getRoleAssignments().listForScope(ArmId.relative(scope), filter("atScope()"),
                null, null, Context.NONE).stream().filter(a -> scope.equalsIgnoreCase(a.scope()))
                .map(a -> new RoleAssignment(a.id(), a.scope(), a.principalId(), a.roleDefinitionId())).toList())
                .orElse(List.of());
    }

    @Override
    public void deleteRoleAssignment(String assignmentId) {
        AuthorizationManagementClient rbac = clients.authorization(ArmId.parse(assignmentId).subscriptionId());
        calls.delete(() -> rbac.getRoleAssignments().deleteById(ArmId.relative(assignmentId)));
    }

    /** The SDK passes {@code $filter} as given, so it must arrive encoded. */
    private static String filter(String odata) {
        return URLEncoder.encode(odata, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** Assignment names are GUIDs; the same scope, principal and role always give the same one. */
    static String assignmentName(String scope, String principalId, String roleDefinitionId) {
        return UUID.nameUUIDFromBytes((scope + "|" + principalId + "|" + roleDefinitionId).toLowerCase(Locale.ROOT)
                .getBytes(StandardCharsets.UTF_8)).toString();
    }
}
