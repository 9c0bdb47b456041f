package io.arorp.env.sim.cloud;

import io.arorp.api.Secret;
import io.arorp.env.cloud.CloudResource;
import io.arorp.env.cloud.ContainerRegistry;
import java.util.Base64;
import java.util.random.RandomGenerator;

/**
 * The RP's registry {@code arosvc} with its per-cluster tokens. A token remembers only how many passwords it was
 * issued (Azure never hands a password out twice), so rotation is visible without storing the secret.
 */
public final class SimContainerRegistry implements ContainerRegistry {
    static final String TOKEN_TYPE = "Microsoft.ContainerRegistry/registries/tokens";
    private final SimulatedCloud cloud;
    private final RandomGenerator random;
    private final String registryId;

    public SimContainerRegistry(SimulatedCloud cloud, RandomGenerator random, String location) {
        this.cloud = cloud;
        this.random = random;
        this.registryId = "/subscriptions/" + cloud.settings().rpSubscription() + "/resourceGroups/rp-" + location
                + "/providers/Microsoft.ContainerRegistry/registries/arosvc";
    }

    @Override
    public String loginServer() {
        return "arosvc.azurecr.io";
    }

    @Override
    public Secret issuePassword(String name) {
        String id = registryId + "/tokens/" + name;
        return cloud.calls().call("containerRegistry.issuePassword", id, () -> {
            int issued = cloud.get(id).map(t -> t.properties().path("passwordsIssued").asInt()).orElse(0);
            cloud.put(CloudResource.of(id, TOKEN_TYPE, null, cloud.object().put("scopeMap", registryId
                    + "/scopeMaps/_repositories_pull").put("status", "enabled").put("passwordsIssued", issued + 1)));
            byte[] password = new byte[24];
            random.nextBytes(password);
            return Secret.of(Base64.getEncoder().encodeToString(password));
        });
    }

    @Override
    public void deleteToken(String name) {
        String id = registryId + "/tokens/" + name;
        cloud.calls().run("containerRegistry.deleteToken", id, () -> cloud.delete(id));
    }
}
