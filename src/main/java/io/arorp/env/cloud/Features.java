package io.arorp.env.cloud;

/**
 * Preview feature registrations of a subscription (Microsoft.Features), such as
 * {@code Microsoft.Compute/EncryptionAtHost}, which a subscription must register before its VMs may use it.
 */
public interface Features {
    /** {@code Registered}, {@code NotRegistered}, {@code Pending}, ... */
    String registrationState(String subscriptionId, String providerNamespace, String featureName);
}
