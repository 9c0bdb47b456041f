package io.arorp.env.cloud;

import java.util.List;
import java.util.Optional;

/** Virtual networks and subnets (Microsoft.Network) of the customer and of the cluster. */
public interface Networks {
    /** A subnet as Azure reports it. */
    record Subnet(String id, String addressPrefix, String networkSecurityGroupId, List<String> serviceEndpoints,
            boolean privateLinkServiceNetworkPoliciesDisabled) {
        public Subnet {
            serviceEndpoints = serviceEndpoints == null ? List.of() : List.copyOf(serviceEndpoints);
        }

        public Subnet withNetworkSecurityGroup(String nsgId) {
            return new Subnet(id, addressPrefix, nsgId, serviceEndpoints, privateLinkServiceNetworkPoliciesDisabled);
        }

        public Subnet withServiceEndpoints(List<String> endpoints) {
            return new Subnet(id, addressPrefix, networkSecurityGroupId, endpoints,
                    privateLinkServiceNetworkPoliciesDisabled);
        }

        public Subnet withPrivateLinkServiceNetworkPoliciesDisabled() {
            return new Subnet(id, addressPrefix, networkSecurityGroupId, serviceEndpoints, true);
        }
    }

    /** A virtual network: its location and address space. */
    record VirtualNetwork(String id, String location, List<String> addressPrefixes) {
        public VirtualNetwork {
            addressPrefixes = List.copyOf(addressPrefixes);
        }
    }

    Optional<VirtualNetwork> virtualNetwork(String vnetId);

    Optional<Subnet> subnet(String subnetId);

    /** Writes the subnet's mutable settings (NSG, service endpoints, policies); the prefix is never changed. */
    Subnet updateSubnet(Subnet subnet);
}
