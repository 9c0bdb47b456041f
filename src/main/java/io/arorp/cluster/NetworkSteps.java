package io.arorp.cluster;

import io.arorp.api.PreconfiguredNsg;
import io.arorp.api.WorkerProfile;
import io.arorp.env.cloud.Networks;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The customer subnets' settings the cluster needs: service endpoints for the registry and storage, private link
 * policies off on the master subnet, and the cluster's NSG attached (unless the customer brings their own).
 */
final class NetworkSteps {
    static final List<String> SERVICE_ENDPOINTS = List.of("Microsoft.ContainerRegistry", "Microsoft.Storage");

    private NetworkSteps() {
    }

    static void ensureServiceEndpoints(ClusterContext c) {
        Networks networks = c.env().cloud().networks();
        for (String id : subnetIds(c)) {
            Networks.Subnet subnet = networks.subnet(id).orElseThrow();
            Set<String> endpoints = new LinkedHashSet<>(subnet.serviceEndpoints());
            if (endpoints.addAll(SERVICE_ENDPOINTS)) {
                networks.updateSubnet(subnet.withServiceEndpoints(new ArrayList<>(endpoints)));
            }
        }
    }

    static void setMasterSubnetPolicies(ClusterContext c) {
        Networks networks = c.env().cloud().networks();
        Networks.Subnet master = networks.subnet(c.properties().getMasterProfile().getSubnetId()).orElseThrow();
        if (!master.privateLinkServiceNetworkPoliciesDisabled()) {
            networks.updateSubnet(master.withPrivateLinkServiceNetworkPoliciesDisabled());
        }
    }

    static void attachNsgs(ClusterContext c) {
        if (c.properties().getNetworkProfile().getPreconfiguredNSG() == PreconfiguredNsg.ENABLED) {
            return;
        }
        Networks networks = c.env().cloud().networks();
        String nsg = c.names().nsgId();
        for (String id : subnetIds(c)) {
            Networks.Subnet subnet = networks.subnet(id).orElseThrow();
            if (!nsg.equalsIgnoreCase(subnet.networkSecurityGroupId())) {
                networks.updateSubnet(subnet.withNetworkSecurityGroup(nsg));
            }
        }
    }

    /** Delete path: an NSG cannot be deleted while subnets still use it. */
    static void detachNsgs(ClusterContext c) {
        Networks networks = c.env().cloud().networks();
        String nsg = c.names().infraId() == null ? null : c.names().nsgId();
        for (String id : subnetIds(c)) {
            networks.subnet(id).filter(s -> nsg != null && nsg.equalsIgnoreCase(s.networkSecurityGroupId()))
                    .ifPresent(s -> networks.updateSubnet(s.withNetworkSecurityGroup(null)));
        }
    }

    static List<String> subnetIds(ClusterContext c) {
        Set<String> ids = new LinkedHashSet<>();
        ids.add(c.properties().getMasterProfile().getSubnetId());
        List<WorkerProfile> workers = c.properties().getWorkerProfiles();
        if (workers != null) {
            workers.forEach(w -> ids.add(w.getSubnetId()));
        }
        return List.copyOf(ids);
    }
}
