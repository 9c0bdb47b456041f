package io.arorp.api.validate;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The VM sizes ARO supports per role. Masters need at least 8 vCPUs, workers 4; the v6 generation and Lsv4 need
 * OpenShift 4.19 or later, whose RHCOS supports their NVMe disks.
 */
final class VmSizes {
    /** Why a size is not accepted. */
    enum Validity { VALID, NOT_SUPPORTED_FOR_ROLE, NOT_SUPPORTED_IN_VERSION }

    private static final int[] V6 = {4, 8, 16, 32, 48, 64, 96};

    static final Set<String> MASTER = sizes(
            "D%ds_v3:8,16,32", "D%ds_v4:8,16,32", "D%ds_v5:8,16,32", "D%das_v4:8,16,32", "D%das_v5:8,16,32",
            "D%dds_v5:8,16,32", "E%ds_v3:8,16,32", "E%ds_v4:8,16,20,32,48,64", "E%ds_v5:8,16,20,32,48,64,96",
            "E%das_v4:4,8,16,20,32,48,64,96", "E%das_v5:8,16,20,32,48,64,96", "E%dis_v3:64", "E%dis_v4:80",
            "E%dids_v4:80", "E%dis_v5:104", "E%dids_v5:104", "F%ds_v2:72", "M%dms:128", "D%ds_v6:" + v6(),
            "D%dds_v6:" + v6());

    static final Set<String> WORKER = worker();

    private static final Set<String> D2S = Set.of("Standard_D2s_v3", "Standard_D2s_v4", "Standard_D2s_v5");

    private VmSizes() {
    }

    static Validity check(String size, boolean master, boolean requireD2sWorkers, String openShiftVersion) {
        boolean known = master ? MASTER.contains(size) : requireD2sWorkers ? D2S.contains(size)
                : WORKER.contains(size);
        if (!known) {
            return Validity.NOT_SUPPORTED_FOR_ROLE;
        }
        if (needs419(size) && isBefore419(openShiftVersion)) {
            return Validity.NOT_SUPPORTED_IN_VERSION;
        }
        return Validity.VALID;
    }

    private static boolean needs419(String size) {
        return size.endsWith("_v6") || size.matches("Standard_L\\d+s_v4");
    }

    /** Versions that do not parse are not gated here; version validation reports them. */
    private static boolean isBefore419(String version) {
        if (version == null) {
            return false;
        }
        String[] p = version.split("[.-]");
        try {
            int major = Integer.parseInt(p[0]);
            int minor = p.length > 1 ? Integer.parseInt(p[1]) : 0;
            return major < 4 || (major == 4 && minor < 19);
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static Set<String> worker() {
        Set<String> s = sizes("D%ds_v3:4,8,16,32", "D%ds_v4:4,8,16,32,64", "D%ds_v5:4,8,16,32,64,96",
                "D%das_v4:4,8,16,32,64,96", "D%das_v5:4,8,16,32,64,96", "D%dds_v5:4,8,16,32,48,64,96",
                "E%ds_v3:4,8,16,32", "E%ds_v4:2,4,8,16,20,32,48,64", "E%ds_v5:2,4,8,16,20,32,48,64,96",
                "E%das_v4:4,8,16,20,32,48,64,96", "E%das_v5:8,16,20,32,48,64,96", "E%dis_v3:64", "E%dis_v4:80",
                "E%dids_v4:80", "E%dds_v5:96", "E%dis_v5:104", "E%dids_v5:104", "F%ds_v2:4,8,16,32,72", "M%dms:128",
                "L%ds:4,8,16,32", "L%ds_v2:8,16,32,48,64", "L%ds_v3:8,16,32,48,64", "L%ds_v4:4,8,16,32,48,64,80",
                "NC%das_T4_v3:4,8,16,64", "NC%ds_v3:6,12,24", "NC%drs_v3:24", "D%ds_v6:" + v6(), "D%dds_v6:" + v6(),
                "D%dls_v6:" + v6(), "D%dlds_v6:" + v6());
        // the original's list spells the 16-core Dlds_v6 size this way; kept so the same requests are accepted
        s.remove("Standard_D16lds_v6");
        s.add("Standard_D1l6ds_v6");
        return Set.copyOf(s);
    }

    private static String v6() {
        StringBuilder b = new StringBuilder();
        for (int n : V6) {
            b.append(b.isEmpty() ? "" : ",").append(n);
        }
        return b.toString();
    }

    /** Expands {@code "D%ds_v3:8,16"} into {@code Standard_D8s_v3, Standard_D16s_v3}. */
    private static Set<String> sizes(String... families) {
        Set<String> out = new LinkedHashSet<>();
        for (String f : families) {
            String[] parts = f.split(":");
            for (String n : parts[1].split(",")) {
                out.add("Standard_" + String.format(parts[0], Integer.parseInt(n)));
            }
        }
        return out;
    }
}
