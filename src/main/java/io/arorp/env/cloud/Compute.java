package io.arorp.env.cloud;

import java.util.List;
import java.util.Map;

/**
 * Virtual machines and the subscription's compute quota (Microsoft.Compute). VM ids are full ARM ids; every method
 * throws {@link io.arorp.api.CloudException} with ARM's code ({@code ResourceNotFound}, ...) on failure.
 */
public interface Compute {
    /** Starts a stopped or deallocated VM; a no-op for a running one. */
    void start(String vmId);

    /**
     * Powers the VM off; {@code deallocate} also releases its host (no compute billed, the next start may land on
     * other hardware), as {@code az vm deallocate} does, otherwise {@code az vm stop}.
     */
    void stop(String vmId, boolean deallocate);

    /** Moves the VM to a new host and boots it there (what SREs do when a host misbehaves). */
    void redeploy(String vmId);

    /** Changes the VM's size; Azure reboots it (a running VM comes back running on the new size). */
    void resize(String vmId, String vmSize);

    /** The VM's serial console output of its boot diagnostics, oldest line first. */
    byte[] serialConsoleLog(String vmId);

    /** The VM sizes Azure offers in {@code location} to this subscription, restrictions included. */
    List<ResourceSku> resourceSkus(String subscriptionId, String location);

    /** The subscription's compute quotas in {@code location} and what is used of them. */
    List<ComputeUsage> usages(String subscriptionId, String location);

    /**
     * Checks that the cores of {@code vmSizes} (size → count) fit the regional quota next to what runs already;
     * otherwise {@code ResourceQuotaExceeded}, as dynamic validation reports it.
     */
    void checkQuota(String subscriptionId, String location, Map<String, Integer> vmSizes);
}
