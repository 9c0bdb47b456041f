package io.arorp.env.azure;

/**
 * The AAD tenant of a subscription. The first-party identity needs a token issued by the customer's tenant for each
 * customer subscription; the RP learns the tenant when ARM registers the subscription with it.
 */
@FunctionalInterface
public interface TenantResolver {
    String tenantOf(String subscriptionId);
}
