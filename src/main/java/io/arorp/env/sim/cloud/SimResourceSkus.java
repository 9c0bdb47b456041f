package io.arorp.env.sim.cloud;

import io.arorp.api.validate.VmSizeRoles;
import io.arorp.env.cloud.ResourceSku;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The simulated SKU catalogue: every size ARO supports, offered in every region in zones 1-3, capacities read from
 * the size's name. The M-series is restricted ({@code NotAvailableForSubscription}), as it is for most subscriptions,
 * so restricted sizes can be seen without setting anything up.
 */
final class SimResourceSkus {
    private static final Pattern SIZE = Pattern.compile("Standard_([A-Za-z]+?)(\\d+)([a-zA-Z]*)(?:_.*)?");

    Optional<String> find(String vmSize) {
        return VmSizeRoles.all().stream().filter(s -> s.equalsIgnoreCase(vmSize)).findFirst();
    }

    List<ResourceSku> list(String location) {
        List<ResourceSku> out = new ArrayList<>();
        for (String size : VmSizeRoles.all()) {
            Matcher m = SIZE.matcher(size);
            if (!m.matches()) {
                continue;
            }
            String series = m.group(1).toUpperCase(Locale.ROOT);
            int cores = Integer.parseInt(m.group(2));
            int memoryPerCore = switch (series.charAt(0)) {
                case 'E', 'L' -> 8;
                case 'F' -> 2;
                case 'M' -> 16;
                default -> 4;
            };
            String name = size.substring("Standard_".length());
            out.add(new ResourceSku("virtualMachines", size, "Standard", name, "standard" + series + "Family",
                    List.of(location), List.of("1", "2", "3"),
                    Map.of("vCPUs", String.valueOf(cores), "MemoryGB", String.valueOf(cores * memoryPerCore)),
                    series.equals("M") ? List.of("NotAvailableForSubscription") : List.of()));
        }
        return out;
    }
}
