package io.arorp.env.sim.cloud;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.arorp.api.CloudException;
import io.arorp.env.cloud.CloudResource;
import io.arorp.env.cloud.Networks;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Customer networks. With {@code assumeNetworks} (dev, test) a VNet named in a request exists as soon as someone
 * looks at it: address space 10.0.0.0/16 in the RP's location, and each subnet looked up gets the next free /24, so
 * the shape passes validation; stored, so later rules (NSG, service endpoints) apply to it like to a real one.
 */
public final class SimNetworks implements Networks {
    static final String VNET_TYPE = "Microsoft.Network/virtualNetworks";
    static final String SUBNET_TYPE = "Microsoft.Network/virtualNetworks/subnets";
    static final String NSG_TYPE = "Microsoft.Network/networkSecurityGroups";
    private final SimulatedCloud cloud;
    private final String location;
    private final SimNetworkInterfaces interfaces;

    public SimNetworks(SimulatedCloud cloud, String location) {
        this.cloud = cloud;
        this.location = location;
        this.interfaces = new SimNetworkInterfaces(cloud, this::vnet);
    }

    @Override
    public List<EffectiveRoute> effectiveRouteTable(String nicId) {
        return cloud.calls().call("networks.effectiveRouteTable", nicId, () -> interfaces.effectiveRoutes(nicId));
    }

    @Override
    public String reconcileNetworkInterface(String nicId) {
        return cloud.calls().call("networks.reconcileNetworkInterface", nicId, () -> interfaces.reconcile(nicId));
    }

    @Override
    public Optional<VirtualNetwork> virtualNetwork(String vnetId) {
        return cloud.calls().call("networks.getVirtualNetwork", vnetId, () -> vnet(vnetId).map(v -> {
            List<String> prefixes = new ArrayList<>();
            v.properties().path("addressSpace").path("addressPrefixes").forEach(p -> prefixes.add(p.asText()));
            return new VirtualNetwork(v.id(), v.location(), prefixes);
        }));
    }

    @Override
    public Optional<Subnet> subnet(String subnetId) {
        return cloud.calls().call("networks.getSubnet", subnetId, () -> find(subnetId).map(SimNetworks::toSubnet));
    }

    @Override
    public Subnet updateSubnet(Subnet subnet) {
        return cloud.calls().call("networks.updateSubnet", subnet.id(), () -> {
            CloudResource stored = find(subnet.id()).orElseThrow(
                    () -> SimulatedCloud.notFound("NotFound", "Subnet '" + subnet.id() + "'"));
            if (subnet.networkSecurityGroupId() != null && cloud.get(subnet.networkSecurityGroupId()).isEmpty()) {
                throw SimulatedCloud.notFound("InvalidResourceReference", "Network security group '"
                        + subnet.networkSecurityGroupId() + "'");
            }
            ObjectNode p = stored.properties();
            if (subnet.networkSecurityGroupId() == null) {
                p.remove("networkSecurityGroup");
            } else {
                p.set("networkSecurityGroup", cloud.object().put("id", subnet.networkSecurityGroupId()));
            }
            ArrayNode endpoints = p.putArray("serviceEndpoints");
            subnet.serviceEndpoints().forEach(e -> endpoints.add(cloud.object().put("service", e)));
            p.put("privateLinkServiceNetworkPolicies",
                    subnet.privateLinkServiceNetworkPoliciesDisabled() ? "Disabled" : "Enabled");
            return toSubnet(cloud.put(stored));
        });
    }

    private Optional<CloudResource> vnet(String vnetId) {
        Optional<CloudResource> stored = cloud.get(vnetId);
        if (stored.isPresent() || !cloud.settings().assumeNetworks()) {
            return stored;
        }
        if (!vnetId.toLowerCase(Locale.ROOT).contains("/providers/microsoft.network/virtualnetworks/")) {
            return Optional.empty();
        }
        ObjectNode properties = cloud.object();
        properties.putObject("addressSpace").putArray("addressPrefixes").add("10.0.0.0/16");
        return Optional.of(cloud.put(CloudResource.of(vnetId, VNET_TYPE, location, properties)));
    }

    private Optional<CloudResource> find(String subnetId) {
        Optional<CloudResource> stored = cloud.get(subnetId);
        if (stored.isPresent() || !cloud.settings().assumeNetworks()
                || !subnetId.toLowerCase(Locale.ROOT).contains("/subnets/")) {
            return stored;
        }
        String vnetId = SimulatedCloud.parent(subnetId);
        if (vnet(vnetId).isEmpty()) {
            return Optional.empty();
        }
        long siblings = cloud.listByType(SimulatedCloud.subscriptionOf(subnetId), SUBNET_TYPE).stream()
                .filter(s -> SimulatedCloud.parent(s.id()).equalsIgnoreCase(vnetId)).count();
        ObjectNode properties = cloud.object().put("addressPrefix", "10.0." + siblings + ".0/24")
                .put("privateLinkServiceNetworkPolicies", "Enabled");
        properties.putArray("serviceEndpoints");
        return Optional.of(cloud.put(CloudResource.of(subnetId, SUBNET_TYPE, location, properties)));
    }

    private static Subnet toSubnet(CloudResource r) {
        List<String> endpoints = new ArrayList<>();
        r.properties().path("serviceEndpoints").forEach(e -> endpoints.add(e.path("service").asText()));
        String nsg = r.properties().path("networkSecurityGroup").path("id").asText(null);
        String prefix = r.properties().path("addressPrefix").asText(null);
        if (prefix == null) {
            throw new CloudException(500, "InternalServerError", null, "subnet " + r.id() + " has no address prefix");
        }
        return new Subnet(r.id(), prefix, nsg, endpoints,
                "Disabled".equals(r.properties().path("privateLinkServiceNetworkPolicies").asText()),
                r.properties().path("routeTable").path("id").asText(null),
                r.properties().path("natGateway").path("id").asText(null),
                r.properties().path("provisioningState").asText("Succeeded"));
    }
}
