package io.arorp.env.azure;

import com.azure.resourcemanager.authorization.fluent.models.RoleDefinitionInner;
import io.arorp.env.cloud.RoleDefinitions;
import java.util.List;
import java.util.Optional;

/** Role definitions through ARM, read in the customer's subscription as the first-party identity. */
public final class AzureRoleDefinitions implements RoleDefinitions {
    private final AzureClients clients;
    private final AzureCalls calls;

    public AzureRoleDefinitions(AzureClients clients, AzureCalls calls) {
        this.clients = clients;
        this.calls = calls;
    }

    @Override
    public Optional<RoleDefinition> get(String subscriptionId, String roleDefinitionId) {
        String guid = roleDefinitionId.substring(roleDefinitionId.lastIndexOf('/') + 1);
        return calls.find(() -> clients.authorization(subscriptionId).getRoleDefinitions().getById(
                "subscriptions/" + subscriptionId + "/providers/Microsoft.Authorization/roleDefinitions/" + guid))
                .map(AzureRoleDefinitions::of);
    }

    /** The SDK's model in the seam's terms (also how {@link AzureAuthorization} applies a role to an action). */
    static RoleDefinition of(RoleDefinitionInner role) {
        List<Permission> permissions = role.permissions() == null ? List.of() : role.permissions().stream()
                .map(p -> new Permission(p.actions(), p.notActions())).toList();
        return new RoleDefinition(role.id(), role.roleName(), permissions);
    }
}
