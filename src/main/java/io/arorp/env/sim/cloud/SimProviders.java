package io.arorp.env.sim.cloud;

import io.arorp.env.cloud.Providers;
import java.util.Optional;

/**
 * Every provider is registered until a resource {@code /subscriptions/{s}/providers/{namespace}} of type
 * {@value #TYPE} gives {@code properties.registrationState} (e.g. {@code NotRegistered}).
 */
public final class SimProviders implements Providers {
    public static final String TYPE = "Microsoft.Resources/providers";
    private final SimulatedCloud cloud;

    public SimProviders(SimulatedCloud cloud) {
        this.cloud = cloud;
    }

    public static String id(String subscriptionId, String providerNamespace) {
        return "/subscriptions/" + subscriptionId + "/providers/" + providerNamespace;
    }

    @Override
    public Optional<String> registrationState(String subscriptionId, String providerNamespace) {
        String id = id(subscriptionId, providerNamespace);
        return cloud.calls().call("providers.get", id, () -> Optional.of(cloud.get(id)
                .map(r -> r.properties().path("registrationState").asText("Registered")).orElse("Registered")));
    }
}
