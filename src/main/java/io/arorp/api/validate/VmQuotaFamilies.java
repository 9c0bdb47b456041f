package io.arorp.api.validate;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cores and Azure quota family of a VM size, as Microsoft.Compute usages count them: a create needs the cores of all
 * its VMs free both in the regional {@code cores} quota and in the size's family quota. Both are read from the size's
 * name ({@code Standard_D8as_v4}: 8 cores, family {@code standardDASv4Family}), which holds for every size ARO accepts;
 * the few families Azure names differently are spelled out.
 */
public final class VmQuotaFamilies {
    private static final Pattern SIZE = Pattern.compile("Standard_([A-Z]+)(\\d+)([a-z]*)(?:_(T4))?(?:_(v\\d+))?");
    /** The original's list carries this typo for Standard_D16lds_v6; it counts as that size. */
    private static final String TYPO_D16LDS_V6 = "Standard_D1l6ds_v6";

    private VmQuotaFamilies() {
    }

    /** vCPUs of one VM of the size; 0 for a name that is not an Azure VM size. */
    public static int cores(String vmSize) {
        if (TYPO_D16LDS_V6.equals(vmSize)) {
            return 16;
        }
        Matcher m = SIZE.matcher(vmSize == null ? "" : vmSize);
        return m.matches() ? Integer.parseInt(m.group(2)) : 0;
    }

    /** The usage name of the size's family quota, e.g. {@code standardDSv3Family}; null for an unknown name. */
    public static String family(String vmSize) {
        String size = TYPO_D16LDS_V6.equals(vmSize) ? "Standard_D16lds_v6" : vmSize;
        Matcher m = SIZE.matcher(size == null ? "" : size);
        if (!m.matches()) {
            return null;
        }
        String series = m.group(1);
        String suffix = m.group(3);
        String version = m.group(5) == null ? "" : m.group(5);
        if (m.group(4) != null) {
            return "Standard " + series + suffix.toUpperCase(Locale.ROOT) + version + "_T4 Family";
        }
        if (series.equals("M") && suffix.startsWith("m")) {
            suffix = suffix.substring(1); // M128ms: the m is memory, the family is standardMSFamily
        }
        if (series.equals("NC")) {
            suffix = suffix.replace("r", ""); // NC24rs_v3 (RDMA) shares standardNCSv3Family
        }
        return "standard" + series + suffix.toUpperCase(Locale.ROOT) + version + "Family";
    }
}
