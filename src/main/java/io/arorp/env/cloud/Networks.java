package io.arorp.env.cloud;

import java.util.List;
import java.util.Optional;

/** Virtual networks and subnets (Microsoft.Network) of the customer and of the cluster. */
public interface Networks {
    /**
     * A subnet as Azure reports it.
     *
     * @param routeTableId      the route table attached to it, or null
     * @param natGatewayId      the NAT gateway attached to it, or null
     * @param provisioningState Azure's provisioning state ({@code Succeeded} once usable), or null if not reported
     */
    record Subnet(String id, String addressPrefix, String networkSecurityGroupId, List<String> serviceEndpoints,
            boolean privateLinkServiceNetworkPoliciesDisabled, String routeTableId, String natGatewayId,
            String provisioningState) {
        public Subnet {
            serviceEndpoints = serviceEndpoints == null ? List.of() : List.copyOf(serviceEndpoints);
        }

        /** A subnet as the RP's own writes see it: no route table or NAT gateway, provisioned. */
        public Subnet(String id, String addressPrefix, String networkSecurityGroupId, List<String> serviceEndpoints,
                boolean privateLinkServiceNetworkPoliciesDisabled) {
            this(id, addressPrefix, networkSecurityGroupId, serviceEndpoints, privateLinkServiceNetworkPoliciesDisabled,
                    null, null, "Succeeded");
        }

        public Subnet withNetworkSecurityGroup(String nsgId) {
            return new Subnet(id, addressPrefix, nsgId, serviceEndpoints, privateLinkServiceNetworkPoliciesDisabled,
                    routeTableId, natGatewayId, provisioningState);
        }

        public Subnet withServiceEndpoints(List<String> endpoints) {
            return new Subnet(id, addressPrefix, networkSecurityGroupId, endpoints,
                    privateLinkServiceNetworkPoliciesDisabled, routeTableId, natGatewayId, provisioningState);
        }

        public Subnet withPrivateLinkServiceNetworkPoliciesDisabled() {
            return new Subnet(id, addressPrefix, networkSecurityGroupId, serviceEndpoints, true, routeTableId,
                    natGatewayId, provisioningState);
        }
    }

    /** A virtual network: its location and address space. */
    record VirtualNetwork(String id, String location, List<String> addressPrefixes) {
        public VirtualNetwork {
            addressPrefixes = List.copyOf(addressPrefixes);
        }
    }

    /** One route the NIC's host applies, as Azure's effective route table reports it. */
    record EffectiveRoute(String source, String state, List<String> addressPrefixes, String nextHopType,
            List<String> nextHopIpAddresses) {
        public EffectiveRoute {
            addressPrefixes = List.copyOf(addressPrefixes);
            nextHopIpAddresses = List.copyOf(nextHopIpAddresses);
        }
    }

    Optional<VirtualNetwork> virtualNetwork(String vnetId);

    /**
     * The routes in effect on a network interface: system routes of its VNet plus user routes of its subnet's route
     * table. {@code ResourceNotFound} for an unknown NIC.
     */
    List<EffectiveRoute> effectiveRouteTable(String nicId);

    /**
     * Writes the network interface back unchanged, which makes Azure retry a NIC left in provisioning state
     * {@code Failed}; returns the state afterwards.
     */
    String reconcileNetworkInterface(String nicId);

    Optional<Subnet> subnet(String subnetId);

    /** Writes the subnet's mutable settings (NSG, service endpoints, policies); the prefix is never changed. */
    Subnet updateSubnet(Subnet subnet);
}
