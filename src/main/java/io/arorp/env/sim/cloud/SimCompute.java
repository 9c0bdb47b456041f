package io.arorp.env.sim.cloud;

import io.arorp.api.CloudException;
import io.arorp.env.cloud.CloudResource;
import io.arorp.env.cloud.Compute;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * VMs and the regional cores quota. Cores of a size are read from its name ({@code Standard_D8s_v3} → 8), which holds
 * for the general-purpose and memory-optimised sizes ARO supports; usage counts the VMs stored in the subscription.
 */
public final class SimCompute implements Compute {
    static final String VM_TYPE = "Microsoft.Compute/virtualMachines";
    private static final Pattern CORES = Pattern.compile("^standard_[a-z]+?(\\d+)", Pattern.CASE_INSENSITIVE);
    private final SimulatedCloud cloud;

    public SimCompute(SimulatedCloud cloud) {
        this.cloud = cloud;
    }

    @Override
    public void start(String vmId) {
        cloud.calls().run("compute.start", vmId, () -> {
            CloudResource vm = cloud.get(vmId).orElseThrow(
                    () -> SimulatedCloud.notFound("ResourceNotFound", "Virtual machine '" + vmId + "'"));
            if (!"running".equals(vm.properties().path("powerState").asText())) {
                vm.properties().put("powerState", "running");
                cloud.put(vm);
            }
        });
    }

    @Override
    public void checkQuota(String subscriptionId, String location, Map<String, Integer> vmSizes) {
        cloud.calls().run("compute.checkQuota", "/subscriptions/" + subscriptionId, () -> {
            int requested = vmSizes.entrySet().stream().mapToInt(e -> cores(e.getKey()) * e.getValue()).sum();
            int used = cloud.listByType(subscriptionId, VM_TYPE).stream()
                    .filter(vm -> location.equalsIgnoreCase(vm.location()))
                    .mapToInt(vm -> cores(vm.properties().path("hardwareProfile").path("vmSize").asText())).sum();
            int limit = cloud.settings().coresLimit();
            if (used + requested > limit) {
                throw new CloudException(400, "ResourceQuotaExceeded", null, "Resource quota of cores exceeded. "
                        + "Maximum allowed: " + limit + ", Current in use: " + used + ", Additional requested: "
                        + requested + ".");
            }
        });
    }

    static int cores(String vmSize) {
        Matcher m = CORES.matcher(vmSize == null ? "" : vmSize.toLowerCase(Locale.ROOT));
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }
}
