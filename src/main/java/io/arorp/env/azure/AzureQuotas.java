package io.arorp.env.azure;

import io.arorp.env.cloud.Quotas;
import io.arorp.env.cloud.Usage;
import java.util.ArrayList;
import java.util.List;

/**
 * The regional usages of a subscription: compute first (cores, virtualMachines, PremiumDiskCount, per family), then
 * network (PublicIPAddresses), the two lists the original reads before it accepts a create.
 */
public final class AzureQuotas implements Quotas {
    private final AzureClients clients;
    private final AzureCalls calls;

    public AzureQuotas(AzureClients clients, AzureCalls calls) {
        this.clients = clients;
        this.calls = calls;
    }

    @Override
    public List<Usage> usages(String subscriptionId, String location) {
        List<Usage> usages = new ArrayList<>();
        calls.run(() -> clients.compute(subscriptionId).getUsages().list(location).forEach(u -> {
            if (u.name() != null) {
                usages.add(new Usage(u.name().value(), u.currentValue(), u.limit()));
            }
        }));
        calls.run(() -> clients.network(subscriptionId).getUsages().list(location).forEach(u -> {
            if (u.name() != null) {
                usages.add(new Usage(u.name().value(), u.currentValue(), u.limit()));
            }
        }));
        return List.copyOf(usages);
    }
}
