package io.arorp.env.azure;

import io.arorp.env.cloud.Providers;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The subscription's provider registrations from one list of {@code /subscriptions/{s}/providers} (not one GET per
 * namespace), as the original checks them all at once.
 */
public final class AzureProviders implements Providers {
    private final AzureClients clients;
    private final AzureCalls calls;

    public AzureProviders(AzureClients clients, AzureCalls calls) {
        this.clients = clients;
        this.calls = calls;
    }

    @Override
    public Map<String, String> registrationStates(String subscriptionId) {
        Map<String, String> states = new LinkedHashMap<>();
        calls.run(() -> clients.resources(subscriptionId).getProviders().list().forEach(p -> {
            if (p.namespace() != null) {
                states.put(p.namespace(), p.registrationState() == null ? "NotRegistered" : p.registrationState());
            }
        }));
        return Map.copyOf(states);
    }
}
