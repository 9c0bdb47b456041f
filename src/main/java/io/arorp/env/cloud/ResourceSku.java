package io.arorp.env.cloud;

import java.util.List;
import java.util.Map;

/**
 * A compute SKU as {@code Microsoft.Compute/skus} lists it: what SREs check before resizing a VM (is the size offered
 * in the region and zone, is it restricted for this subscription).
 *
 * @param resourceType always {@code virtualMachines} here
 * @param capabilities e.g. {@code vCPUs → 8}, {@code MemoryGB → 32}
 * @param restrictions reason codes of restrictions ({@code NotAvailableForSubscription}); empty when usable
 */
public record ResourceSku(String resourceType, String name, String tier, String size, String family,
        List<String> locations, List<String> zones, Map<String, String> capabilities, List<String> restrictions) {
    public ResourceSku {
        locations = List.copyOf(locations);
        zones = List.copyOf(zones);
        capabilities = Map.copyOf(capabilities);
        restrictions = List.copyOf(restrictions);
    }
}
