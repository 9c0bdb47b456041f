package io.arorp.frontend.action;

import io.arorp.api.CloudException;
import io.arorp.api.SubscriptionState;
import io.arorp.database.SubscriptionDocument;
import io.arorp.database.Subscriptions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The subscription states each kind of request needs, as ARM last reported them: writes and credentials need
 * Registered; deletes also run in Warned and Suspended; a subscription ARM never told us about is unregistered.
 */
@ApplicationScoped
public class SubscriptionGate {
    static final Set<SubscriptionState> WRITE = Set.of(SubscriptionState.REGISTERED);
    static final Set<SubscriptionState> DELETE = Set.of(SubscriptionState.REGISTERED, SubscriptionState.WARNED,
            SubscriptionState.SUSPENDED);

    private Subscriptions subscriptions;

    @Inject
    public SubscriptionGate(Subscriptions subscriptions) {
        this.subscriptions = subscriptions;
    }

    protected SubscriptionGate() {
    }

    /** The subscription document, if it is in one of {@code allowed}; otherwise ARM's 400. */
    public SubscriptionDocument require(String subscriptionId, Set<SubscriptionState> allowed) {
        Optional<SubscriptionDocument> doc = subscriptions.get(subscriptionId.toLowerCase(Locale.ROOT));
        if (doc.isEmpty() || doc.get().getSubscription() == null) {
            throw new CloudException(400, "InvalidSubscriptionState", null,
                    "Request is not allowed in unregistered subscription '" + subscriptionId + "'.");
        }
        SubscriptionState state = doc.get().getSubscription().getState();
        if (!allowed.contains(state)) {
            throw new CloudException(400, "InvalidSubscriptionState", null,
                    "Request is not allowed in subscription in state '" + state.value() + "'.");
        }
        return doc.get();
    }
}
