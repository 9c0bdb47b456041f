package io.arorp.env;

/**
 * Where this RP instance serves: its Azure location. Requests for another location are rejected by the frontend.
 *
 * @param location the lower-case Azure region name, e.g. {@code eastus}
 */
public record RpRegion(String location) {
    public RpRegion {
        if (location == null || location.isBlank()) {
            throw new IllegalStateException("aro.location (env ARO_LOCATION) must name the Azure region this RP serves");
        }
        location = location.trim().toLowerCase(java.util.Locale.ROOT);
    }
}
