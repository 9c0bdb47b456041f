package io.arorp.env.cloud;

import java.util.Optional;

/**
 * The VM sizes a subscription can deploy in a region (Microsoft.Compute resource SKUs). The frontend asks before it
 * accepts a create, so a customer hears at once that a size is not offered or restricted for them, not an hour later.
 */
public interface Skus {
    /** The size as the subscription sees it in {@code location}; empty when the region does not offer it. */
    Optional<VmSku> virtualMachineSku(String subscriptionId, String location, String vmSize);
}
