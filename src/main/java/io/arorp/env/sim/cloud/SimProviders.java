package io.arorp.env.sim.cloud;

import io.arorp.env.cloud.CloudResource;
import io.arorp.env.cloud.Providers;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The providers an ARO install uses are registered until a resource {@code /subscriptions/{s}/providers/{namespace}}
 * of type {@value #TYPE} gives {@code properties.registrationState} (e.g. {@code NotRegistered}); such a resource also
 * adds a namespace the defaults do not list.
 */
public final class SimProviders implements Providers {
    public static final String TYPE = "Microsoft.Resources/providers";
    static final List<String> REGISTERED = List.of("Microsoft.Authorization", "Microsoft.Compute",
            "Microsoft.Features", "Microsoft.ManagedIdentity", "Microsoft.Network", "Microsoft.RedHatOpenShift",
            "Microsoft.Resources", "Microsoft.Storage");
    private final SimulatedCloud cloud;

    public SimProviders(SimulatedCloud cloud) {
        this.cloud = cloud;
    }

    public static String id(String subscriptionId, String providerNamespace) {
        return "/subscriptions/" + subscriptionId + "/providers/" + providerNamespace;
    }

    @Override
    public Map<String, String> registrationStates(String subscriptionId) {
        return cloud.calls().call("providers.list", "/subscriptions/" + subscriptionId, () -> {
            Map<String, String> states = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            REGISTERED.forEach(namespace -> states.put(namespace, "Registered"));
            for (CloudResource r : cloud.listByType(subscriptionId, TYPE)) {
                states.put(r.name(), r.properties().path("registrationState").asText("Registered"));
            }
            return Map.copyOf(states);
        });
    }
}
