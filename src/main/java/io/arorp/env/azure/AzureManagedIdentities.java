package io.arorp.env.azure;

import com.azure.resourcemanager.msi.fluent.models.IdentityInner;
import io.arorp.env.cloud.ManagedIdentities;
import java.util.Objects;
import java.util.Optional;

/** User-assigned identities through ARM ({@code Microsoft.ManagedIdentity}), as the first-party identity. */
public final class AzureManagedIdentities implements ManagedIdentities {
    private final AzureClients clients;
    private final AzureCalls calls;

    public AzureManagedIdentities(AzureClients clients, AzureCalls calls) {
        this.clients = clients;
        this.calls = calls;
    }

    @Override
    public Optional<Identity> get(String identityId) {
        ArmId id = ArmId.parse(identityId);
        return calls.find(() -> clients.msi(id.subscriptionId()).getUserAssignedIdentities()
                .getByResourceGroup(id.resourceGroup(), id.name(0))).map(i -> identity(identityId, i));
    }

    private static Identity identity(String identityId, IdentityInner i) {
        return new Identity(i.id() == null ? identityId : i.id(), Objects.toString(i.clientId(), null),
                Objects.toString(i.principalId(), null), Objects.toString(i.tenantId(), null));
    }
}
