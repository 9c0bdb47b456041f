package io.arorp.env.cloud;

import java.util.Optional;

/**
 * Resource provider registrations of a subscription: a cluster cannot be built in a subscription that has not
 * registered the providers its resources belong to.
 */
public interface Providers {
    /** {@code Registered}, {@code NotRegistered}, {@code Registering}, ...; empty for a namespace ARM does not know. */
    Optional<String> registrationState(String subscriptionId, String providerNamespace);
}
