package io.arorp.env.azure;

import com.azure.resourcemanager.msi.fluent.FederatedIdentityCredentialsClient;
import com.azure.resourcemanager.msi.fluent.models.FederatedIdentityCredentialInner;
import io.arorp.env.cloud.FederatedCredentials;
import java.util.List;

/**
 * Federated identity credentials of user-assigned identities through ARM, as the first-party identity. A missing
 * identity lists no credentials, and deleting what is gone is done.
 */
public final class AzureFederatedCredentials implements FederatedCredentials {
    private final AzureClients clients;
    private final AzureCalls calls;

    public AzureFederatedCredentials(AzureClients clients, AzureCalls calls) {
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
        return clients.msi(id.subscriptionId()).getFederatedIdentityCredentials();
    }
}
