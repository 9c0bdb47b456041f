package io.arorp.env.azure;

import io.arorp.env.cloud.Features;

/**
 * Preview feature registrations from Microsoft.Features. A feature Azure does not know (404) counts as
 * {@code NotRegistered}: the subscription cannot use it either way, and the check names the feature.
 */
public final class AzureFeatures implements Features {
    static final String NOT_REGISTERED = "NotRegistered";
    private final AzureClients clients;
    private final AzureCalls calls;

    public AzureFeatures(AzureClients clients, AzureCalls calls) {
        this.clients = clients;
        this.calls = calls;
    }

    @Override
    public String registrationState(String subscriptionId, String providerNamespace, String featureName) {
        return calls.find(() -> clients.features(subscriptionId).getFeatures().get(providerNamespace, featureName))
                .map(f -> f.properties() == null || f.properties().state() == null ? null : f.properties().state())
                .orElse(NOT_REGISTERED);
    }
}
