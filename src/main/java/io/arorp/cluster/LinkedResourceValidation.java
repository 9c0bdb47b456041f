package io.arorp.cluster;

import io.arorp.api.CloudException;
import io.arorp.api.PreconfiguredNsg;
import io.arorp.env.cloud.Networks;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The part of validateResources that looks past the subnets at what is attached to them (§3.5): route tables and NAT
 * gateways must exist and be manageable by both principals (the cluster's routes and outbound traffic go through
 * them); with preconfiguredNSG every subnet must already carry an NSG both may join; without it, an update finds the
 * cluster's own NSG still attached (the install attached it; anything else means someone swapped it).
 */
final class LinkedResourceValidation {
    static final List<String> ROUTE_TABLE_ACTIONS = List.of("Microsoft.Network/routeTables/join/action",
            "Microsoft.Network/routeTables/read", "Microsoft.Network/routeTables/write");
    static final List<String> NAT_GATEWAY_ACTIONS = List.of("Microsoft.Network/natGateways/join/action",
            "Microsoft.Network/natGateways/read", "Microsoft.Network/natGateways/write");
    static final List<String> NSG_ACTIONS = List.of("Microsoft.Network/networkSecurityGroups/join/action",
            "Microsoft.Network/networkSecurityGroups/read");
    private static final String PRECONFIGURED_HINT = " This is required when the enable-preconfigured-NSG option is"
            + " specified.";

    private LinkedResourceValidation() {
    }

    /** @param subnets each subnet of the cluster and the request path that names it */
    static void validate(ClusterContext c, Map<Networks.Subnet, String> subnets, boolean creating) {
        Map<String, String> routeTables = new LinkedHashMap<>();
        Map<String, String> natGateways = new LinkedHashMap<>();
        subnets.forEach((subnet, path) -> {
            if (subnet.routeTableId() != null) {
                routeTables.putIfAbsent(subnet.routeTableId(), path);
            }
            if (subnet.natGatewayId() != null) {
                natGateways.putIfAbsent(subnet.natGatewayId(), path);
            }
        });
        routeTables.forEach((id, path) -> attached(c, id, path, "InvalidLinkedRouteTable", "route table",
                ROUTE_TABLE_ACTIONS));
        natGateways.forEach((id, path) -> attached(c, id, path, "InvalidLinkedNatGateway", "nat gateway",
                NAT_GATEWAY_ACTIONS));
        if (c.properties().getNetworkProfile().getPreconfiguredNSG() == PreconfiguredNsg.ENABLED) {
            preconfiguredNsgs(c, subnets);
        } else if (!creating && c.names().infraId() != null) {
            String nsg = c.names().nsgId();
            subnets.forEach((subnet, path) -> {
                if (!nsg.equalsIgnoreCase(subnet.networkSecurityGroupId())) {
                    throw new CloudException(400, "InvalidLinkedVNet", path, "The provided subnet '" + subnet.id()
                            + "' is invalid: must have network security group '" + nsg + "' attached.");
                }
            });
        }
    }

    private static void attached(ClusterContext c, String id, String path, String code, String kind,
            List<String> actions) {
        if (c.env().cloud().resources().get(id).isEmpty()) {
            throw new CloudException(400, code, path, "The " + kind + " '" + id + "' could not be found.");
        }
        PrincipalPermissions.require(c, id, actions, kind + " '" + id + "'", "");
    }

    private static void preconfiguredNsgs(ClusterContext c, Map<Networks.Subnet, String> subnets) {
        subnets.forEach((subnet, path) -> {
            if (subnet.networkSecurityGroupId() == null) {
                throw new CloudException(400, "InvalidLinkedVNet", path, "When the enable-preconfigured-NSG option "
                        + "is specified, both the master and worker subnets should have network security groups "
                        + "(NSG) attached to them before starting the cluster installation.");
            }
        });
        subnets.keySet().stream().map(Networks.Subnet::networkSecurityGroupId).distinct()
                .forEach(nsg -> PrincipalPermissions.require(c, nsg, NSG_ACTIONS, "network security group '" + nsg
                        + "'", PRECONFIGURED_HINT));
    }
}
