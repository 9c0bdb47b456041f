package io.arorp.env.cloud;

import java.util.Map;

/**
 * Resource provider registrations of a subscription: a cluster cannot be built in a subscription that has not
 * registered the providers its resources belong to.
 */
public interface Providers {
    /**
     * Every provider namespace ARM knows for the subscription (as ARM spells it, e.g. {@code Microsoft.Compute}) with
     * its registration state ({@code Registered}, {@code NotRegistered}, {@code Registering}, ...), in one call.
     */
    Map<String, String> registrationStates(String subscriptionId);
}
