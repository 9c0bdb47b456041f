package io.arorp.api.validate;

import java.util.regex.Pattern;

/** The identifier shapes ARM and DNS allow, as the original RP checks them. */
final class Patterns {
    private Patterns() {
    }

    static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
    private static final String RG = "[-a-z0-9_().]{0,89}[-a-z0-9_()]";
    private static final String LABEL = "([a-z0-9]|[a-z0-9][-a-z0-9]{0,61}[a-z0-9])";

    static final Pattern UUID_RX = Pattern.compile("(?i)^" + UUID + "$");
    static final Pattern RESOURCE_GROUP_ID = Pattern.compile("(?i)^/subscriptions/" + UUID + "/resourceGroups/" + RG
            + "$");
    static final Pattern SUBNET_ID = Pattern.compile("(?i)^/subscriptions/" + UUID + "/resourceGroups/" + RG
            + "/providers/Microsoft\\.Network/virtualNetworks/[-a-z0-9_.]{2,64}/subnets/[-a-z0-9_.]{2,80}$");
    static final Pattern DISK_ENCRYPTION_SET_ID = Pattern.compile("(?i)^/subscriptions/" + UUID + "/resourceGroups/"
            + RG + "/providers/Microsoft\\.Compute/diskEncryptionSets/[-a-z0-9_]{1,80}$");
    /** New clusters: the first label starts with a letter. */
    static final Pattern DOMAIN = Pattern.compile("^([a-z][-a-z0-9]{0,61}[a-z0-9])(\\." + LABEL + ")*$");
    /** Existing clusters may have a leading digit (RFC 1123), which older releases accepted. */
    static final Pattern DOMAIN_RFC1123 = Pattern.compile("^" + LABEL + "(\\." + LABEL + ")*$");
    /** Semantic version x.y.z with optional pre-release and build metadata. */
    static final Pattern SEMVER = Pattern.compile(
            "^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(-[0-9A-Za-z-]+(\\.[0-9A-Za-z-]+)*)?(\\+[0-9A-Za-z-]+(\\.[0-9A-Za-z-]+)*)?$");
}
