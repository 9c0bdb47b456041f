package io.arorp.api.validate;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The supported VM sizes of a role with their vCPU count and Azure quota family, for SREs planning quota and resizes.
 * The sizes are the ones validation accepts ({@link VmSizes}); the family is the name Azure's usage API reports quota
 * under, so it follows Azure's spelling (including the odd ones for the L and NC series).
 */
public final class VmSizeCatalog {
    /** A size's vCPUs and quota family. */
    public record VmSize(int coreCount, String family) {
    }

    private static final Pattern SIZE = Pattern.compile("Standard_([A-Z]+)(\\d+)([a-z]*)(?:_T4)?(?:_(v\\d))?");
    private static final List<Map.Entry<Pattern, String>> FAMILIES = List.of(
            family("D\\d+s_v3", "standardDSv3Family"), family("D\\d+s_v4", "standardDSv4Family"),
            family("D\\d+s_v5", "standardDSv5Family"), family("D\\d+s_v6", "standardDSv6Family"),
            family("D\\d+as_v4", "standardDASv4Family"), family("D\\d+as_v5", "standardDASv5Family"),
            family("D\\d+ds_v5", "standardDDSv5Family"), family("D\\d+ds_v6", "standardDDSv6Family"),
            family("D\\d+ls_v6", "standardDLSv6Family"), family("D\\d+lds_v6|D1l6ds_v6", "standardDLDSv6Family"),
            family("E\\d+s_v3|E64is_v3", "standardESv3Family"), family("E\\d+s_v4", "standardESv4Family"),
            family("E\\d+s_v5", "standardESv5Family"), family("E\\d+as_v4", "standardEASv4Family"),
            family("E\\d+as_v5", "standardEASv5Family"), family("E\\d+is_v4", "standardEISv4Family"),
            family("E\\d+ids_v4", "standardEIDSv4Family"), family("E\\d+ds_v5", "standardEDSv5Family"),
            family("E\\d+is_v5", "standardEISv5Family"), family("E\\d+ids_v5", "standardEIDSv5Family"),
            family("F\\d+s_v2", "standardFSv2Family"), family("M\\d+ms", "standardMSFamily"),
            family("L\\d+s|L\\d+s_v2", "standardLsv2Family"), family("L\\d+s_v3", "standardLsv3Family"),
            family("L\\d+s_v4", "standardLsv4Family"), family("NC\\d+as_T4_v3", "Standard NCASv3_T4 Family"),
            family("NC\\d+r?s_v3", "Standard NCSv3 Family"));

    private VmSizeCatalog() {
    }

    /** Every size supported for masters ({@code master}) or workers, by name. */
    public static Map<String, VmSize> forRole(boolean master) {
        Map<String, VmSize> sizes = new TreeMap<>();
        for (String size : master ? VmSizes.MASTER : VmSizes.WORKER) {
            sizes.put(size, new VmSize(cores(size), family(size)));
        }
        return sizes;
    }

    static int cores(String size) {
        if ("Standard_D1l6ds_v6".equals(size)) {
            return 16; // the original's spelling of D16lds_v6
        }
        Matcher m = SIZE.matcher(size);
        if (!m.matches()) {
            throw new IllegalArgumentException("not a VM size name: " + size);
        }
        return Integer.parseInt(m.group(2));
    }

    static String family(String size) {
        String name = size.substring("Standard_".length());
        for (Map.Entry<Pattern, String> f : FAMILIES) {
            if (f.getKey().matcher(name).matches()) {
                return f.getValue();
            }
        }
        throw new IllegalArgumentException("no quota family known for " + size);
    }

    private static Map.Entry<Pattern, String> family(String regex, String family) {
        return Map.entry(Pattern.compile(regex), family);
    }
}
