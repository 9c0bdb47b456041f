package io.arorp.frontend.admin;

import io.arorp.api.CloudException;
import io.arorp.database.OpenShiftClusterDocument;
import io.arorp.env.cloud.Networks;
import io.arorp.env.cloud.Networks.EffectiveRoute;
import io.arorp.frontend.action.ArmResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The routes in effect on one of the cluster's network interfaces, in Azure's {@code effectiveRouteTable} shape:
 * how SREs find the customer's user-defined route that sends cluster egress into a black hole.
 */
@ApplicationScoped
public class AdminEffectiveRouteTable {
    private static final String NIC_TYPE = "Microsoft.Network/networkInterfaces";
    private AdminCluster cluster;
    private Networks networks;

    @Inject
    public AdminEffectiveRouteTable(AdminCluster cluster, Networks networks) {
        this.cluster = cluster;
        this.networks = networks;
    }

    protected AdminEffectiveRouteTable() {
    }

    public ArmResult run(String resourceId, String nic) {
        if (nic == null || nic.isBlank()) {
            throw new CloudException(400, "InvalidParameter", "nic", "Network interface name is required");
        }
        AdminParameters.nicName(nic.trim());
        OpenShiftClusterDocument doc = cluster.document(resourceId);
        List<Map<String, Object>> routes = networks.effectiveRouteTable(AdminCluster.idIn(doc, NIC_TYPE, nic.trim()))
                .stream().map(AdminEffectiveRouteTable::external).toList();
        return ArmResult.of(200, Map.of("value", routes));
    }

    private static Map<String, Object> external(EffectiveRoute route) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("source", route.source());
        m.put("state", route.state());
        m.put("addressPrefix", route.addressPrefixes());
        m.put("nextHopType", route.nextHopType());
        m.put("nextHopIpAddress", route.nextHopIpAddresses());
        return m;
    }
}
