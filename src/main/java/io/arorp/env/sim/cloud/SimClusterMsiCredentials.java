package io.arorp.env.sim.cloud;

import io.arorp.env.cloud.CloudResource;
import io.arorp.api.CloudException;
import io.arorp.env.cloud.ClusterMsiCredentials;
import io.arorp.env.cloud.FederatedCredentials;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The managed identity RP and the RP's MSI key vault ({@code <location>-msi}) in one: a refresh issues a credential
 * for the identity (90 days valid, due for renewal after 46, like the managed identity RP's certificates) and stores
 * it as a secret; an identity the simulated cloud does not hold is refused as the managed identity RP refuses it.
 */
public final class SimClusterMsiCredentials implements ClusterMsiCredentials {
    static final Duration VALIDITY = Duration.ofDays(90);
    static final Duration RENEW_AFTER = Duration.ofDays(46);
    private final SimulatedCloud cloud;
    private final SimManagedIdentities identities;
    private final Clock clock;
    private final String vaultId;

    public SimClusterMsiCredentials(SimulatedCloud cloud, Clock clock, String location) {
        this.cloud = cloud;
        this.identities = new SimManagedIdentities(cloud);
        this.clock = clock;
        this.vaultId = "/subscriptions/" + cloud.settings().rpSubscription() + "/resourceGroups/rp-" + location
                + "/providers/Microsoft.KeyVault/vaults/" + location + "-msi";
    }

    @Override
    public Optional<Credential> stored(String secretName) {
        String id = secretId(secretName);
        return cloud.calls().call("msiCredentials.get", id, () -> cloud.get(id).map(r -> new Credential(
                r.properties().path("identityId").asText(), r.properties().path("clientId").asText(), r.properties().path("principalId").asText(),
                r.properties().path("tenantId").asText(), Instant.parse(r.properties().path("notAfter").asText()),
                Instant.parse(r.properties().path("renewAfter").asText()))));
    }

    @Override
    public Credential refresh(String secretName, String identityUrl, String identityId) {
        String id = secretId(secretName);
        var identity = identities.get(identityId).orElseThrow(() -> SimulatedCloud.notFound("ResourceNotFound",
                "The cluster managed identity '" + identityId + "'"));
        return cloud.calls().call("msiCredentials.refresh", id, () -> {
            Instant now = clock.instant();
            Credential credential = new Credential(identity.id(), identity.clientId(), identity.principalId(), identity.tenantId(),
                    now.plus(VALIDITY), now.plus(RENEW_AFTER));
            cloud.put(CloudResource.of(id, "Microsoft.KeyVault/vaults/secrets", null, cloud.object()
                    .put("identityId", identityId).put("clientId", credential.clientId()).put("principalId", credential.principalId())
                    .put("tenantId", credential.tenantId()).put("notAfter", credential.notAfter().toString())
                    .put("renewAfter", credential.renewAfter().toString()).put("identityUrl", identityUrl)));
            return credential;
        });
    }

    @Override
    public void delete(String secretName) {
        String id = secretId(secretName);
        cloud.calls().run("msiCredentials.delete", id, () -> cloud.delete(id));
    }

    @Override
    public FederatedCredentials actingAs(String secretName) {
        Credential credential = stored(secretName).orElseThrow(() -> new CloudException(404, "SecretNotFound", null,
                "No credential of the cluster identity is stored as '" + secretName + "'."));
        return new SimFederatedCredentials(cloud, credential.principalId());
    }

    private String secretId(String secretName) {
        return vaultId + "/secrets/" + secretName;
    }
}
