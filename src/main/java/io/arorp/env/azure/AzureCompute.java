package io.arorp.env.azure;

import com.azure.resourcemanager.compute.fluent.models.ResourceSkuInner;
import com.azure.resourcemanager.compute.fluent.models.UsageInner;
import com.azure.resourcemanager.compute.fluent.models.VirtualMachineSizeInner;
import com.azure.resourcemanager.compute.fluent.models.VirtualMachineUpdateInner;
import com.azure.resourcemanager.compute.models.HardwareProfile;
import com.azure.resourcemanager.compute.models.ResourceSkuCapabilities;
import com.azure.resourcemanager.compute.models.ResourceSkuLocationInfo;
import com.azure.resourcemanager.compute.models.VirtualMachineSizeTypes;
import io.arorp.api.CloudException;
import io.arorp.env.cloud.Compute;
import io.arorp.env.cloud.ComputeUsage;
import io.arorp.env.cloud.ResourceSku;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * VMs (power, host, size, serial console), the region's SKUs and the compute quotas. The cores a size needs come from the region's size list; usage and limit from
 * the compute usages of the subscription ({@code cores}, the total regional vCPUs), as the original checks.
 */
public final class AzureCompute implements Compute {
    private final AzureClients clients;
    private final AzureCalls calls;

    private final BlobDownloads blobs;

    public AzureCompute(AzureClients clients, AzureCalls calls, BlobDownloads blobs) {
        this.clients = clients;
        this.calls = calls;
        this.blobs = blobs;
    }

    @Override
    public void stop(String vmId, boolean deallocate) {
        ArmId id = ArmId.parse(vmId);
        var vms = clients.compute(id.subscriptionId()).getVirtualMachines();
        calls.run(() -> {
            if (deallocate) {
                vms.deallocate(id.resourceGroup(), id.name(0));
            } else {
                vms.powerOff(id.resourceGroup(), id.name(0));
            }
        });
    }

    @Override
    public void redeploy(String vmId) {
        ArmId id = ArmId.parse(vmId);
        calls.run(() -> clients.compute(id.subscriptionId()).getVirtualMachines()
                .redeploy(id.resourceGroup(), id.name(0)));
    }

    @Override
    public void resize(String vmId, String vmSize) {
        ArmId id = ArmId.parse(vmId);
        VirtualMachineUpdateInner update = new VirtualMachineUpdateInner()
                .withHardwareProfile(new HardwareProfile().withVmSize(VirtualMachineSizeTypes.fromString(vmSize)));
        calls.run(() -> clients.compute(id.subscriptionId()).getVirtualMachines()
                .update(id.resourceGroup(), id.name(0), update));
    }

    /** Azure hands out a short-lived SAS URL of the boot diagnostics blob; the log is read from there. */
    @Override
    public byte[] serialConsoleLog(String vmId) {
        ArmId id = ArmId.parse(vmId);
        String uri = calls.call(() -> clients.compute(id.subscriptionId()).getVirtualMachines()
                .retrieveBootDiagnosticsData(id.resourceGroup(), id.name(0)).serialConsoleLogBlobUri());
        if (uri == null) {
            throw new CloudException(400, "InvalidParameter", "vmName", "The VM '" + id.name(0)
                    + "' has no boot diagnostics serial console log.");
        }
        return blobs.download(uri);
    }

    @Override
    public List<ResourceSku> resourceSkus(String subscriptionId, String location) {
        String filter = "location eq '" + location + "'";
        return calls.call(() -> clients.compute(subscriptionId).getResourceSkus().list(filter, null,
                        com.azure.core.util.Context.NONE).stream()
                .filter(s -> "virtualMachines".equalsIgnoreCase(s.resourceType()))
                .map(AzureCompute::toSku).toList());
    }

    @Override
    public List<ComputeUsage> usages(String subscriptionId, String location) {
        return calls.call(() -> clients.compute(subscriptionId).getUsages().list(location).stream()
                .filter(u -> u.name() != null)
                .map(u -> new ComputeUsage(u.name().value(), u.currentValue(), u.limit())).toList());
    }

    private static ResourceSku toSku(ResourceSkuInner s) {
        Map<String, String> capabilities = new LinkedHashMap<>();
        for (ResourceSkuCapabilities c : Objects.requireNonNullElse(s.capabilities(), List.<ResourceSkuCapabilities>of())) {
            capabilities.put(c.name(), c.value());
        }
        List<String> zones = Objects.requireNonNullElse(s.locationInfo(), List.<ResourceSkuLocationInfo>of()).stream()
                .flatMap(l -> Objects.requireNonNullElse(l.zones(), List.<String>of()).stream()).toList();
        List<String> restrictions = Objects.requireNonNullElse(s.restrictions(),
                        List.<com.azure.resourcemanager.compute.models.ResourceSkuRestrictions>of()).stream()
                .map(r -> r.reasonCode() == null ? "Restricted" : r.reasonCode().toString()).toList();
        return new ResourceSku(s.resourceType(), s.name(), s.tier(), s.size(), s.family(),
                Objects.requireNonNullElse(s.locations(), List.of()), zones, capabilities, restrictions);
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
