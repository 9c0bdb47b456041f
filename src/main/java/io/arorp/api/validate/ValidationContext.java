package io.arorp.api.validate;

/**
 * What static validation needs to know besides the body, handed in by the frontend so this package reads no
 * configuration.
 *
 * @param resourceId the request's resource id, as the caller cased it
 * @param location the RP's region
 * @param domain the RP's managed-domain suffix for this region, e.g. {@code eastus.aroapp.io}
 * @param requireD2sWorkers whether the RequireD2sWorkers feature restricts worker sizes (development subscriptions)
 * @param installArchitectureVersion the architecture a new cluster gets (updates use the stored one)
 * @param openShiftVersion the version the cluster runs or will run, for VM-size gating; null to take the body's
 */
public record ValidationContext(String resourceId, String location, String domain, boolean requireD2sWorkers,
        int installArchitectureVersion, String openShiftVersion) {

    /** The usual context: no D2s restriction, architecture version 2 (value 1), version from the body. */
    public static ValidationContext of(String resourceId, String location, String domain) {
        return new ValidationContext(resourceId, location, domain, false, 1, null);
    }

    public ValidationContext withOpenShiftVersion(String version) {
        return new ValidationContext(resourceId, location, domain, requireD2sWorkers, installArchitectureVersion,
                version);
    }

    public ValidationContext withRequireD2sWorkers(boolean require) {
        return new ValidationContext(resourceId, location, domain, require, installArchitectureVersion,
                openShiftVersion);
    }
}
