package io.arorp.env.sim.cloud;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.arorp.api.CloudException;
import io.arorp.env.cloud.CloudResource;
import io.arorp.env.cloud.Compute;
import io.arorp.env.cloud.ComputeUsage;
import io.arorp.env.cloud.ResourceSku;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * VMs and the regional cores quota. A VM's {@code powerState} is {@code running}, {@code stopped} or
 * {@code deallocated}; {@code boots} counts its boots and {@code hostGeneration} its hosts, which is what the serial
 * console shows and what a redeploy changes. Cores of a size are read from its name ({@code Standard_D8s_v3} → 8),
 * which holds for the general-purpose and memory-optimised sizes ARO supports; usage counts the VMs stored in the
 * subscription.
 */
public final class SimCompute implements Compute {
    static final String VM_TYPE = "Microsoft.Compute/virtualMachines";
    private static final Pattern CORES = Pattern.compile("^standard_[a-z]+?(\\d+)", Pattern.CASE_INSENSITIVE);
    private final SimulatedCloud cloud;
    private final SimResourceSkus skus;

    public SimCompute(SimulatedCloud cloud) {
        this.cloud = cloud;
        this.skus = new SimResourceSkus();
    }

    @Override
    public void start(String vmId) {
        cloud.calls().run("compute.start", vmId, () -> update(vmId, p -> {
            if (!"running".equals(p.path("powerState").asText())) {
                boot(p);
            }
        }));
    }

    @Override
    public void stop(String vmId, boolean deallocate) {
        cloud.calls().run(deallocate ? "compute.deallocate" : "compute.stop", vmId, () -> update(vmId, p -> {
            String state = p.path("powerState").asText();
            if (!deallocate && state.equals("deallocated")) {
                return; // powering off a deallocated VM leaves it deallocated, as in Azure
            }
            p.put("powerState", deallocate ? "deallocated" : "stopped");
        }));
    }

    @Override
    public void redeploy(String vmId) {
        cloud.calls().run("compute.redeploy", vmId, () -> update(vmId, p -> {
            p.put("hostGeneration", p.path("hostGeneration").asInt() + 1);
            boot(p);
        }));
    }

    @Override
    public void resize(String vmId, String vmSize) {
        cloud.calls().run("compute.resize", vmId, () -> update(vmId, p -> {
            if (skus.find(vmSize).isEmpty()) {
                throw new CloudException(400, "InvalidParameter", "hardwareProfile.vmSize", "The value " + vmSize
                        + " provided for the VM size is not valid.");
            }
            p.putObject("hardwareProfile").put("vmSize", vmSize);
            if ("running".equals(p.path("powerState").asText())) {
                boot(p);
            }
        }));
    }

    @Override
    public byte[] serialConsoleLog(String vmId) {
        return cloud.calls().call("compute.serialConsole", vmId, () -> {
            CloudResource vm = vm(vmId);
            StringBuilder log = new StringBuilder();
            int boots = Math.max(1, vm.properties().path("boots").asInt(1));
            for (int boot = 1; boot <= boots; boot++) {
                log.append("[    0.000000] Linux version 5.14.0-284.el9.x86_64 (boot ").append(boot).append(", host ")
                        .append(vm.properties().path("hostGeneration").asInt()).append(")\n")
                        .append("[    0.000000] Command line: BOOT_IMAGE=(hd0,gpt3)/ostree/rhcos console=ttyS0,115200n8\n")
                        .append("[    2.104331] systemd[1]: Detected virtualization microsoft.\n")
                        .append("Red Hat Enterprise Linux CoreOS (Ootpa)\n")
                        .append(vm.name()).append(" login: \n");
            }
            if (!"running".equals(vm.properties().path("powerState").asText())) {
                log.append("[  OK  ] Reached target System Power Off.\n");
            }
            return log.toString().getBytes(StandardCharsets.UTF_8);
        });
    }

    @Override
    public List<ResourceSku> resourceSkus(String subscriptionId, String location) {
        return cloud.calls().call("compute.resourceSkus", "/subscriptions/" + subscriptionId,
                () -> skus.list(location));
    }

    /** Only the regional {@code cores} quota is simulated; Azure lists no entry for a quota without a limit. */
    @Override
    public List<ComputeUsage> usages(String subscriptionId, String location) {
        return cloud.calls().call("compute.usages", "/subscriptions/" + subscriptionId,
                () -> List.of(new ComputeUsage("cores", coresInUse(subscriptionId, location),
                        cloud.settings().coresLimit())));
    }

    @Override
    public void checkQuota(String subscriptionId, String location, Map<String, Integer> vmSizes) {
        cloud.calls().run("compute.checkQuota", "/subscriptions/" + subscriptionId, () -> {
            int requested = vmSizes.entrySet().stream().mapToInt(e -> cores(e.getKey()) * e.getValue()).sum();
            int used = coresInUse(subscriptionId, location);
            int limit = cloud.settings().coresLimit();
            if (used + requested > limit) {
                throw new CloudException(400, "ResourceQuotaExceeded", null, "Resource quota of cores exceeded. "
                        + "Maximum allowed: " + limit + ", Current in use: " + used + ", Additional requested: "
                        + requested + ".");
            }
        });
    }

    private int coresInUse(String subscriptionId, String location) {
        return cloud.listByType(subscriptionId, VM_TYPE).stream().filter(vm -> location.equalsIgnoreCase(vm.location()))
                .mapToInt(vm -> cores(vm.properties().path("hardwareProfile").path("vmSize").asText())).sum();
    }

    static int cores(String vmSize) {
        Matcher m = CORES.matcher(vmSize == null ? "" : vmSize.toLowerCase(Locale.ROOT));
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }

    private static void boot(ObjectNode p) {
        p.put("powerState", "running");
        p.put("boots", Math.max(1, p.path("boots").asInt(1)) + 1);
    }

    private void update(String vmId, Consumer<ObjectNode> change) {
        CloudResource vm = vm(vmId);
        change.accept(vm.properties());
        cloud.put(vm);
    }

    private CloudResource vm(String vmId) {
        return cloud.get(vmId).filter(r -> r.type().equalsIgnoreCase(VM_TYPE)).orElseThrow(() -> new CloudException(404,
                "ResourceNotFound", null, "The Resource '" + VM_TYPE + "/" + vmId.substring(vmId.lastIndexOf('/') + 1)
                        + "' under resource group '" + resourceGroupName(vmId) + "' was not found."));
    }

    private static String resourceGroupName(String id) {
        String[] parts = id.split("/");
        return parts.length > 4 ? parts[4] : "";
    }
}
