package io.arorp.api.validate;

import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * The supported VM sizes by role, for code outside validation: the admin API refuses to resize a master to a size
 * masters do not support, and the simulated cloud offers the sizes ARO can use.
 */
public final class VmSizeRoles {
    private static final Set<String> MASTER_LOWER = lower(VmSizes.MASTER);

    private VmSizeRoles() {
    }

    /** Whether {@code size} is a supported master size, ignoring case as the original does. */
    public static boolean isMasterSize(String size) {
        return size != null && MASTER_LOWER.contains(size.toLowerCase(Locale.ROOT));
    }

    /** Every size supported for masters or workers, sorted. */
    public static Set<String> all() {
        Set<String> all = new TreeSet<>(VmSizes.MASTER);
        all.addAll(VmSizes.WORKER);
        return all;
    }

    private static Set<String> lower(Set<String> sizes) {
        Set<String> out = new TreeSet<>();
        sizes.forEach(s -> out.add(s.toLowerCase(Locale.ROOT)));
        return Set.copyOf(out);
    }
}
