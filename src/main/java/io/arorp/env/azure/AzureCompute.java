package io.arorp.env.azure;

import com.azure.resourcemanager.compute.fluent.models.UsageInner;
import com.azure.resourcemanager.compute.fluent.models.VirtualMachineSizeInner;
import io.arorp.api.CloudException;
import io.arorp.env.cloud.Compute;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * VMs and the regional cores quota. The cores a size needs come from the region's size list; usage and limit from
 * the compute usages of the subscription ({@code cores}, the total regional vCPUs), as the original checks.
 */
public final class AzureCompute implements Compute {
    private final AzureClients clients;
    private final AzureCalls calls;

    public AzureCompute(AzureClients clients, AzureCalls calls) {
        this.clients = clients;
        this.calls = calls;
    }

    @Override
    public void start(String vmId) {
        ArmId id = ArmId.parse(vmId);
        calls.run(() -> clients.compute(id.subscriptionId()).getVirtualMachines()
                .start(id.resourceGroup(), id.name(0)));
    }

    @Override
    public void checkQuota(String subscriptionId, String location, Map<String, Integer> vmSizes) {
        var compute = clients.compute(subscriptionId);
        Map<String, Integer> cores = calls.call(() -> compute.getVirtualMachineSizes().list(location).stream()
                .collect(Collectors.toMap(s -> s.name().toLowerCase(Locale.ROOT),
                        VirtualMachineSizeInner::numberOfCores, (a, b) -> a)));
        int requested = vmSizes.entrySet().stream()
                .mapToInt(e -> cores.getOrDefault(e.getKey().toLowerCase(Locale.ROOT), 0) * e.getValue()).sum();
        Optional<UsageInner> usage = calls.call(() -> compute.getUsages().list(location).stream()
                .filter(u -> u.name() != null && "cores".equalsIgnoreCase(u.name().value())).findFirst());
        if (usage.isPresent() && usage.get().currentValue() + requested > usage.get().limit()) {
            throw new CloudException(400, "ResourceQuotaExceeded", null, "Resource quota of cores exceeded. "
                    + "Maximum allowed: " + usage.get().limit() + ", Current in use: " + usage.get().currentValue()
                    + ", Additional requested: " + requested + ".");
        }
    }
}
