package io.arorp.env.sim.cloud;

import io.arorp.env.cloud.ServicePrincipals;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;

/**
 * Every client id has a service principal in every tenant, with an object id derived from both (so tests can name it
 * in a deny assignment with {@link #objectIdOf}); an empty secret is refused as AAD refuses a wrong one.
 */
public final class SimServicePrincipals implements ServicePrincipals {
    private final SimulatedCloud cloud;

    public SimServicePrincipals(SimulatedCloud cloud) {
        this.cloud = cloud;
    }

    /** The object id the simulation gives the service principal of {@code clientId} in {@code tenantId}. */
    public static String objectIdOf(String tenantId, String clientId) {
        return UUID.nameUUIDFromBytes(("servicePrincipal|" + (tenantId == null ? "" : tenantId) + "|" + clientId).toLowerCase(Locale.ROOT)
                .getBytes(StandardCharsets.UTF_8)).toString();
    }

    @Override
    public String objectId(String tenantId, String clientId, String clientSecret) {
        return cloud.calls().call("servicePrincipals.objectId", "/tenants/" + (tenantId == null ? "" : tenantId), () -> {
            if (clientSecret == null || clientSecret.isEmpty()) {
                throw ServicePrincipals.invalidCredentials();
            }
            return objectIdOf(tenantId, clientId);
        });
    }
}
