package io.arorp.env.azure;

import io.arorp.api.CloudException;
import io.arorp.database.Subscriptions;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Tenants as ARM told the RP: from the subscription documents ARM's subscription lifecycle calls wrote; the RP's own
 * subscription is configuration. A subscription never changes tenant while registered, so answers are kept.
 */
public final class SubscriptionTenants implements TenantResolver {
    private final Subscriptions subscriptions;
    private final Map<String, String> known = new ConcurrentHashMap<>();

    public SubscriptionTenants(Subscriptions subscriptions, String rpSubscriptionId, String rpTenantId) {
        this.subscriptions = subscriptions;
        known.put(rpSubscriptionId.toLowerCase(Locale.ROOT), rpTenantId);
    }

    @Override
    public String tenantOf(String subscriptionId) {
        return known.computeIfAbsent(subscriptionId.toLowerCase(Locale.ROOT), s -> subscriptions.get(s)
                .map(d -> d.getSubscription() == null || d.getSubscription().getProperties() == null ? null
                        : d.getSubscription().getProperties().getTenantId())
                .orElseThrow(() -> new CloudException(400, "InvalidSubscriptionState", null, "Request is not "
                        + "allowed in unregistered subscription '" + subscriptionId + "'.")));
    }
}
