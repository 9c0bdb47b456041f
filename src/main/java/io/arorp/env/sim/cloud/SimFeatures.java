package io.arorp.env.sim.cloud;

import io.arorp.env.cloud.Features;

/**
 * Every feature is registered (dev clusters may ask for encryption at host) until a resource
 * {@code /subscriptions/{s}/providers/Microsoft.Features/providers/{namespace}/features/{name}} of type {@value #TYPE}
 * gives {@code properties.state} (e.g. {@code NotRegistered}).
 */
public final class SimFeatures implements Features {
    public static final String TYPE = "Microsoft.Features/providers/features";
    private final SimulatedCloud cloud;

    public SimFeatures(SimulatedCloud cloud) {
        this.cloud = cloud;
    }

    public static String id(String subscriptionId, String providerNamespace, String featureName) {
        return "/subscriptions/" + subscriptionId + "/providers/Microsoft.Features/providers/" + providerNamespace
                + "/features/" + featureName;
    }

    @Override
    public String registrationState(String subscriptionId, String providerNamespace, String featureName) {
        String id = id(subscriptionId, providerNamespace, featureName);
        return cloud.calls().call("features.get", id,
                () -> cloud.get(id).map(r -> r.properties().path("state").asText("Registered")).orElse("Registered"));
    }
}
