package io.arorp.cluster;

import io.arorp.api.CloudException;
import io.arorp.api.OpenShiftClusterProperties;
import io.arorp.api.PreconfiguredNsg;
import io.arorp.api.WorkerProfile;
import io.arorp.env.cloud.Networks;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * validateResources: the dynamic validation of the original (§3.5) against the live cloud — subnets exist with a
 * usable shape, CIDRs do not overlap, the cluster and RP principals may manage the VNet, and (on create) the cores
 * fit the quota; then what is attached to the subnets ({@link LinkedResourceValidation}). Errors carry the codes and
 * messages the original returns.
 */
final class ResourceValidation {
    /** What Network Contributor grants that the cluster needs on the VNet. */
    static final List<String> NETWORK_ACTIONS = List.of("Microsoft.Network/virtualNetworks/join/action",
            "Microsoft.Network/virtualNetworks/read", "Microsoft.Network/virtualNetworks/write",
            "Microsoft.Network/virtualNetworks/subnets/join/action", "Microsoft.Network/virtualNetworks/subnets/read",
            "Microsoft.Network/virtualNetworks/subnets/write");

    private ResourceValidation() {
    }

    static void validate(ClusterContext c, boolean creating) {
        OpenShiftClusterProperties p = c.properties();
        ClusterNames names = c.names();
        Map<String, String> subnets = new LinkedHashMap<>();
        subnets.put(p.getMasterProfile().getSubnetId(), "properties.masterProfile.subnetId");
        List<WorkerProfile> workers = p.getWorkerProfiles() == null ? List.of() : p.getWorkerProfiles();
        for (int i = 0; i < workers.size(); i++) {
            subnets.putIfAbsent(workers.get(i).getSubnetId(), "properties.workerProfiles[" + i + "].subnetId");
        }
        String vnetId = names.vnetOf(p.getMasterProfile().getSubnetId());
        Networks networks = c.env().cloud().networks();
        Networks.VirtualNetwork vnet = networks.virtualNetwork(vnetId).orElseThrow(() -> new CloudException(400,
                "InvalidLinkedVNet", "properties.masterProfile.subnetId", "The vnet '" + vnetId + "' could not be found."));
        if (!vnet.location().equalsIgnoreCase(c.cluster().getLocation())) {
            throw new CloudException(400, "InvalidLinkedVNet", "", "The vnet location '" + vnet.location()
                    + "' must match the cluster location '" + c.cluster().getLocation() + "'.");
        }
        PrincipalPermissions.require(c, vnetId, NETWORK_ACTIONS, "vnet '" + vnetId + "'", "");
        List<Cidr> cidrs = new ArrayList<>();
        Map<Networks.Subnet, String> found = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : subnets.entrySet()) {
            Networks.Subnet subnet = networks.subnet(e.getKey()).orElseThrow(() -> new CloudException(400,
                    "InvalidLinkedVNet", e.getValue(), "The provided subnet '" + e.getKey() + "' could not be found."));
            checkSubnet(c, subnet, e.getValue(), creating);
            found.put(subnet, e.getValue());
            cidrs.add(Cidr.parse(subnet.addressPrefix()));
        }
        LinkedResourceValidation.validate(c, found, creating);
        cidrs.add(Cidr.parse(p.getNetworkProfile().getPodCidr()));
        cidrs.add(Cidr.parse(p.getNetworkProfile().getServiceCidr()));
        for (int i = 0; i < cidrs.size(); i++) {
            for (int j = i + 1; j < cidrs.size(); j++) {
                if (cidrs.get(i).overlaps(cidrs.get(j))) {
                    throw new CloudException(400, "InvalidLinkedVNet", "", "The provided CIDRs must not overlap: '"
                            + cidrs.get(i).text() + " overlaps with " + cidrs.get(j).text() + "'.");
                }
            }
        }
        if (creating) {
            quota(c, workers);
        }
    }

    private static void checkSubnet(ClusterContext c, Networks.Subnet subnet, String path, boolean creating) {
        if (subnet.provisioningState() != null && !"Succeeded".equalsIgnoreCase(subnet.provisioningState())) {
            throw new CloudException(400, "InvalidLinkedVNet", path, "The provided subnet '" + subnet.id()
                    + "' is not in a Succeeded state");
        }
        if (Cidr.parse(subnet.addressPrefix()).prefix() > 27) {
            throw new CloudException(400, "InvalidLinkedVNet", path, "The provided subnet '" + subnet.id()
                    + "' is invalid: must be /27 or larger.");
        }
        boolean preconfigured = c.properties().getNetworkProfile().getPreconfiguredNSG() == PreconfiguredNsg.ENABLED;
        String nsg = subnet.networkSecurityGroupId();
        boolean ours = nsg != null && c.names().resourceGroupId() != null && nsg.toLowerCase(Locale.ROOT)
                .startsWith(c.names().resourceGroupId().toLowerCase(Locale.ROOT) + "/");
        if (creating && nsg != null && !preconfigured && !ours) {
            throw new CloudException(400, "InvalidLinkedVNet", path, "The provided subnet '" + subnet.id()
                    + "' is invalid: must not have a network security group attached.");
        }
    }

    private static void quota(ClusterContext c, List<WorkerProfile> workers) {
        Map<String, Integer> sizes = new LinkedHashMap<>();
        sizes.merge(c.properties().getMasterProfile().getVmSize(), 3, Integer::sum);
        for (WorkerProfile w : workers) {
            sizes.merge(w.getVmSize(), w.getCount() == null ? 0 : w.getCount(), Integer::sum);
        }
        c.env().cloud().compute().checkQuota(c.doc().getPartitionKey(), c.cluster().getLocation(), sizes);
    }
}
