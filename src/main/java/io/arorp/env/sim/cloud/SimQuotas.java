package io.arorp.env.sim.cloud;

import io.arorp.api.validate.VmQuotaFamilies;
import io.arorp.env.cloud.CloudResource;
import io.arorp.env.cloud.Quotas;
import io.arorp.env.cloud.Usage;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Usages counted from the simulated cloud's VMs and public IPs in the region, against generous limits (cores: the
 * configured {@code aro.sim.cloud.cores-limit}, per family too). A resource
 * {@code /subscriptions/{s}/providers/Microsoft.Compute/locations/{location}/usages/{name}} of type {@value #TYPE}
 * sets {@code properties.limit} and/or {@code properties.currentValue} of one usage, so a test or a person can make a
 * subscription short of any quota.
 */
public final class SimQuotas implements Quotas {
    public static final String TYPE = "Microsoft.Compute/locations/usages";
    static final long VM_LIMIT = 25_000;
    static final long DISK_LIMIT = 50_000;
    static final long PUBLIC_IP_LIMIT = 1_000;
    private final SimulatedCloud cloud;

    public SimQuotas(SimulatedCloud cloud) {
        this.cloud = cloud;
    }

    /** The id of the resource that overrides a usage. */
    public static String id(String subscriptionId, String location, String usage) {
        return "/subscriptions/" + subscriptionId + "/providers/Microsoft.Compute/locations/" + location + "/usages/"
                + usage;
    }

    @Override
    public List<Usage> usages(String subscriptionId, String location) {
        return cloud.calls().call("quotas.usages", "/subscriptions/" + subscriptionId, () -> {
            List<CloudResource> vms = inRegion(subscriptionId, SimCompute.VM_TYPE, location);
            Map<String, Usage> usages = new LinkedHashMap<>();
            long coresLimit = cloud.settings().coresLimit();
            usages.put("cores", new Usage("cores", vms.stream().mapToLong(vm -> cores(vm)).sum(), coresLimit));
            usages.put("virtualMachines", new Usage("virtualMachines", vms.size(), VM_LIMIT));
            usages.put("PremiumDiskCount", new Usage("PremiumDiskCount", vms.size(), DISK_LIMIT));
            for (CloudResource vm : vms) {
                String family = VmQuotaFamilies.family(size(vm));
                if (family != null) {
                    Usage u = usages.getOrDefault(family, new Usage(family, 0, coresLimit));
                    usages.put(family, new Usage(family, u.currentValue() + cores(vm), coresLimit));
                }
            }
            usages.put("PublicIPAddresses", new Usage("PublicIPAddresses",
                    inRegion(subscriptionId, SimDeployments.PUBLIC_IP_TYPE, location).size(), PUBLIC_IP_LIMIT));
            String region = "/locations/" + location.toLowerCase(Locale.ROOT) + "/usages/";
            for (CloudResource o : cloud.listByType(subscriptionId, TYPE)) {
                if (o.id().toLowerCase(Locale.ROOT).contains(region)) {
                    Usage u = usages.getOrDefault(o.name(), new Usage(o.name(), 0, 0));
                    usages.put(o.name(), new Usage(o.name(),
                            o.properties().path("currentValue").asLong(u.currentValue()),
                            o.properties().path("limit").asLong(u.limit())));
                }
            }
            return List.copyOf(usages.values());
        });
    }

    private List<CloudResource> inRegion(String subscriptionId, String type, String location) {
        return cloud.listByType(subscriptionId, type).stream()
                .filter(r -> location.equalsIgnoreCase(r.location())).toList();
    }

    private static String size(CloudResource vm) {
        return vm.properties().path("hardwareProfile").path("vmSize").asText();
    }

    private static long cores(CloudResource vm) {
        return VmQuotaFamilies.cores(size(vm));
    }
}
