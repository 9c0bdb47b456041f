package io.arorp.env.azure;

import com.azure.resourcemanager.msi.fluent.FederatedIdentityCredentialsClient;
import com.azure.resourcemanager.msi.fluent.ManagedServiceIdentityClient;
import com.azure.resourcemanager.msi.fluent.models.FederatedIdentityCredentialInner;
import io.arorp.env.cloud.FederatedCredentials;
import java.util.List;
import java.util.function.Function;

/**
 * Federated identity credentials of user-assigned identities through ARM, as whichever identity the client of each
 * subscription authenticates (the cluster identity, see {@link AzureClusterMsiCredentials#actingAs}). A missing
 * identity lists no credentials, and deleting what is gone is done.
 */
public final class AzureFederatedCredentials implements FederatedCredentials {
    private final Function<String, ManagedServiceIdentityClient> clients;
    private final AzureCalls calls;

    /** @param clients the managed identity client of a subscription */
    public AzureFederatedCredentials(Function<String, ManagedServiceIdentityClient> clients, AzureCalls calls) {
        this.clients = clients;
        this.calls = calls;
    }

    @Override
    public List<FederatedCredential> list(String identityId) {
        ArmId id = ArmId.parse(identityId);
        return calls.find(() -> client(id).list(id.resourceGroup(), id.name(0)).stream()
                .map(f -> new FederatedCredential(f.name(), f.issuer(), f.subject(),
                        f.audiences() == null ? List.of() : f.audiences())).toList()).orElse(List.of());
    }

    @Override
    public void put(String identityId, FederatedCredential credential) {
        ArmId id = ArmId.parse(identityId);
        calls.run(() -> client(id).createOrUpdate(id.resourceGroup(), id.name(0), credential.name(),
                new FederatedIdentityCredentialInner().withIssuer(credential.issuer())
                        .withSubject(credential.subject()).withAudiences(credential.audiences())));
    }

    @Override
    public void delete(String identityId, String name) {
        ArmId id = ArmId.parse(identityId);
        calls.delete(() -> client(id).delete(id.resourceGroup(), id.name(0), name));
    }

    private FederatedIdentityCredentialsClient client(ArmId id) {
        return clients.apply(id.subscriptionId()).getFederatedIdentityCredentials();
    }
}
