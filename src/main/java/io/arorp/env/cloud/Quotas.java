package io.arorp.env.cloud;

import java.util.List;

/**
 * The subscription's regional usage against its limits (Microsoft.Compute and Microsoft.Network usages), so a create
 * that cannot fit is refused up front with the quota that is short.
 */
public interface Quotas {
    /** Compute usages (cores, virtualMachines, PremiumDiskCount, per family) followed by network usages. */
    List<Usage> usages(String subscriptionId, String location);
}
