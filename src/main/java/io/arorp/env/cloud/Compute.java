package io.arorp.env.cloud;

import java.util.Map;

/** Virtual machines and the subscription's compute quota (Microsoft.Compute). */
public interface Compute {
    /** Starts a deallocated VM; a no-op for a running one. */
    void start(String vmId);

    /**
     * Checks that the cores of {@code vmSizes} (size → count) fit the regional quota next to what runs already;
     * otherwise {@code ResourceQuotaExceeded}, as dynamic validation reports it.
     */
    void checkQuota(String subscriptionId, String location, Map<String, Integer> vmSizes);
}
