package io.arorp.env.sim.cluster.seed;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Node capacity from an Azure VM size name. Cores are in the name ({@code Standard_D8s_v3}: 8); memory per core
 * follows the family (D 4 GiB, E and L 8, F 2, M 16 as a floor). Approximate on purpose: the simulation needs plausible
 * capacity on Nodes, not Azure's SKU table (the RP's VM size validation has the real list).
 */
final class VmSizes {
    private static final Pattern SIZE = Pattern.compile("(?i)(?:standard|basic)_([a-z]+?)(\\d+)[a-z]*(?:_.*)?");

    private VmSizes() {
    }

    static int cores(String vmSize) {
        Matcher m = SIZE.matcher(vmSize);
        return m.matches() ? Integer.parseInt(m.group(2)) : 4;
    }

    static int memoryGiB(String vmSize) {
        Matcher m = SIZE.matcher(vmSize);
        if (!m.matches()) {
            return 16;
        }
        int perCore = switch (m.group(1).toUpperCase(Locale.ROOT).charAt(0)) {
            case 'E', 'L' -> 8;
            case 'F' -> 2;
            case 'M' -> 16;
            default -> 4;
        };
        return Integer.parseInt(m.group(2)) * perCore;
    }
}
