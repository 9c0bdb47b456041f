package io.arorp.env.sim.cluster.seed;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The parts of a subnet's ARM id a machine provider spec names separately. */
record SubnetId(String resourceGroup, String vnet, String subnet) {
    private static final Pattern ID = Pattern.compile(
            "(?i)/subscriptions/[^/]+/resourceGroups/([^/]+)/providers/Microsoft\\.Network/virtualNetworks/([^/]+)/subnets/([^/]+)");

    static SubnetId parse(String armId) {
        Matcher m = ID.matcher(armId);
        if (!m.matches()) {
            throw new IllegalArgumentException("not a subnet id: " + armId);
        }
        return new SubnetId(m.group(1), m.group(2), m.group(3));
    }
}
