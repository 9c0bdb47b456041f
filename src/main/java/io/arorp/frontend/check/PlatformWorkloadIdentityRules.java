package io.arorp.frontend.check;

import io.arorp.api.CloudException;
import io.arorp.api.OpenShiftCluster;
import io.arorp.api.PlatformWorkloadIdentityProfile;
import io.arorp.api.PlatformWorkloadIdentityRole;
import io.arorp.api.PlatformWorkloadIdentityRoleSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * A workload-identity cluster must bring exactly one identity per operator of its minor version's role set; when it
 * declares {@code upgradeableTo} a newer minor version, the identities of both role sets (so the upgrade finds the new
 * operators' identities in place). Same codes, targets and messages as the original.
 */
public final class PlatformWorkloadIdentityRules {
    static final String IDENTITIES = "properties.platformWorkloadIdentityProfile.platformWorkloadIdentities";

    private PlatformWorkloadIdentityRules() {
    }

    /** {@code roleSets} finds a role set by minor version ("4.14"). A cluster without workload identity passes. */
    public static void check(OpenShiftCluster oc, Function<String, Optional<PlatformWorkloadIdentityRoleSet>> roleSets) {
        if (!oc.usesWorkloadIdentity()) {
            return;
        }
        PlatformWorkloadIdentityProfile profile = oc.getProperties().getPlatformWorkloadIdentityProfile();
        Set<String> minors = minorVersions(oc);
        Set<String> required = new TreeSet<>();
        for (String minor : minors) {
            PlatformWorkloadIdentityRoleSet set = roleSets.apply(minor).orElseThrow(() -> new CloudException(400,
                    "InvalidParameter", "properties.clusterProfile.version", "No PlatformWorkloadIdentityRoleSet found "
                            + "for the requested or upgradeable OpenShift minor version(s). Please retry with different "
                            + "OpenShift version, and if the issue persists, raise an Azure support ticket"));
            set.getProperties().getPlatformWorkloadIdentityRoles().stream()
                    .map(PlatformWorkloadIdentityRole::getOperatorName).forEach(required::add);
        }
        Map<String, ?> identities = profile.getPlatformWorkloadIdentities() == null ? Map.of()
                : profile.getPlatformWorkloadIdentities();
        if (!identities.keySet().equals(required)) {
            String versions = String.join(" or ", minors);
            throw new CloudException(400, "PlatformWorkloadIdentityMismatch", IDENTITIES, "There's a mismatch between "
                    + "the required and expected set of platform workload identities for the requested OpenShift minor "
                    + "version '" + versions + "'. The required platform workload identities are '["
                    + String.join(" ", required) + "]'");
        }
    }

    /**
     * The minor versions whose role sets a workload-identity cluster's identities must cover: its own, and a newer
     * {@code upgradeableTo} (the backend federates the identities of both, too).
     */
    public static Set<String> minorVersions(OpenShiftCluster oc) {
        PlatformWorkloadIdentityProfile profile = oc.getProperties().getPlatformWorkloadIdentityProfile();
        String current = minor(oc.getProperties().getClusterProfile().getVersion());
        Set<String> minors = new LinkedHashSet<>();
        minors.add(current);
        String upgradeable = profile.getUpgradeableTo() == null ? null : minor(profile.getUpgradeableTo());
        if (upgradeable != null && isNewer(upgradeable, current)) {
            minors.add(upgradeable);
        }
        return minors;
    }

    /** "4.14.38" → "4.14"; a version without a minor part stays as it is. */
    static String minor(String version) {
        String[] parts = version == null ? new String[0] : version.split("[.\\-+]");
        return parts.length < 2 ? String.valueOf(version) : parts[0] + "." + parts[1];
    }

    private static boolean isNewer(String minor, String than) {
        String[] a = minor.split("\\.");
        String[] b = than.split("\\.");
        try {
            int major = Integer.compare(Integer.parseInt(a[0]), Integer.parseInt(b[0]));
            return major != 0 ? major > 0 : Integer.parseInt(a[1]) > Integer.parseInt(b[1]);
        } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
            return false;
        }
    }
}
