package io.arorp.env.sim.cloud;

import com.fasterxml.jackson.databind.JsonNode;
import io.arorp.api.CloudException;
import io.arorp.env.cloud.CloudResource;
import io.arorp.env.cloud.FederatedCredentials;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Federated credentials as child resources of their identity ({@code .../federatedIdentityCredentials/<name>});
 * writing one on an identity the simulated cloud does not hold fails like ARM, and so does a caller whom
 * {@link SimAuthorization} denies the action on the identity (403 {@code AuthorizationFailed}).
 */
public final class SimFederatedCredentials implements FederatedCredentials {
    public static final String TYPE = SimManagedIdentities.TYPE + "/federatedIdentityCredentials";
    private final SimulatedCloud cloud;
    private final String caller;

    /** As an all-powerful caller (tests and dev inspection). */
    public SimFederatedCredentials(SimulatedCloud cloud) {
        this(cloud, null);
    }

    /** @param caller the principal id calling, whose permissions on the identity are checked */
    public SimFederatedCredentials(SimulatedCloud cloud, String caller) {
        this.cloud = cloud;
        this.caller = caller;
    }

    @Override
    public List<FederatedCredential> list(String identityId) {
        String prefix = (identityId + "/federatedIdentityCredentials/").toLowerCase(Locale.ROOT);
        return cloud.calls().call("federatedCredentials.list", identityId, () -> authorized(identityId, "read")
                .listByType(SimulatedCloud.subscriptionOf(identityId), TYPE).stream()
                .filter(r -> r.id().toLowerCase(Locale.ROOT).startsWith(prefix))
                .map(SimFederatedCredentials::credential).toList());
    }

    @Override
    public void put(String identityId, FederatedCredential credential) {
        String id = id(identityId, credential.name());
        cloud.calls().run("federatedCredentials.put", id, () -> {
            authorized(identityId, "write");
            if (cloud.get(identityId).isEmpty()) {
                throw SimulatedCloud.notFound("ResourceNotFound", "The identity '" + identityId + "'");
            }
            var properties = cloud.object().put("issuer", credential.issuer()).put("subject", credential.subject());
            credential.audiences().forEach(properties.putArray("audiences")::add);
            cloud.put(CloudResource.of(id, TYPE, null, properties));
        });
    }

    @Override
    public void delete(String identityId, String name) {
        String id = id(identityId, name);
        cloud.calls().run("federatedCredentials.delete", id, () -> authorized(identityId, "delete").delete(id));
    }

    /** The cloud, once the caller may {@code verb} the identity's federated credentials; else ARM's refusal. */
    private SimulatedCloud authorized(String identityId, String verb) {
        String action = TYPE + "/" + verb;
        if (caller != null && !new SimAuthorization(cloud).missingPermissions(caller, identityId, List.of(action))
                .isEmpty()) {
            throw new CloudException(403, "AuthorizationFailed", null, "The client '" + caller + "' does not have "
                    + "authorization to perform action '" + action + "' over scope '" + identityId + "'.");
        }
        return cloud;
    }

    private static String id(String identityId, String name) {
        return identityId + "/federatedIdentityCredentials/" + name;
    }

    private static FederatedCredential credential(CloudResource r) {
        List<String> audiences = new ArrayList<>();
        for (JsonNode a : r.properties().path("audiences")) {
            audiences.add(a.asText());
        }
        return new FederatedCredential(r.name(), r.properties().path("issuer").asText(),
                r.properties().path("subject").asText(), audiences);
    }
}
