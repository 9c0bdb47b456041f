package io.arorp.env.sim.cloud;

import io.arorp.env.cloud.CloudResource;
import io.arorp.env.cloud.ManagedIdentities;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * User-assigned identities as resources of the simulated cloud ({@code Microsoft.ManagedIdentity/userAssignedIdentities},
 * properties {@code clientId}, {@code principalId}, {@code tenantId}). One named but not stored is created on first
 * look with ids derived from its resource id ({@link #clientIdOf}, {@link #principalIdOf}), unless the simulation
 * is told not to assume identities; then it is missing, as a deleted identity would be.
 */
public final class SimManagedIdentities implements ManagedIdentities {
    public static final String TYPE = "Microsoft.ManagedIdentity/userAssignedIdentities";
    /** The tenant of assumed identities (the simulation has no tenants of its own). */
    public static final String TENANT = "00000000-0000-0000-0000-00000000aaad";
    private final SimulatedCloud cloud;

    public SimManagedIdentities(SimulatedCloud cloud) {
        this.cloud = cloud;
    }

    public static String clientIdOf(String identityId) {
        return derived("clientId|", identityId);
    }

    public static String principalIdOf(String identityId) {
        return derived("principalId|", identityId);
    }

    @Override
    public Optional<Identity> get(String identityId) {
        return cloud.calls().call("managedIdentities.get", identityId, () -> {
            Optional<CloudResource> stored = cloud.get(identityId);
            if (stored.isEmpty() && cloud.settings().assumeIdentities()) {
                stored = Optional.of(cloud.put(CloudResource.of(identityId, TYPE, null, cloud.object()
                        .put("clientId", clientIdOf(identityId)).put("principalId", principalIdOf(identityId))
                        .put("tenantId", TENANT))));
            }
            return stored.filter(r -> r.type().equalsIgnoreCase(TYPE)).map(r -> new Identity(r.id(),
                    r.properties().path("clientId").asText(), r.properties().path("principalId").asText(),
                    r.properties().path("tenantId").asText()));
        });
    }

    private static String derived(String prefix, String identityId) {
        return UUID.nameUUIDFromBytes((prefix + identityId).toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8))
                .toString();
    }
}
