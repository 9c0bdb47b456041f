package io.arorp.env.azure;

import com.azure.resourcemanager.network.fluent.models.NetworkInterfaceInner;
import com.azure.resourcemanager.network.fluent.models.NetworkSecurityGroupInner;
import com.azure.resourcemanager.network.fluent.models.SubnetInner;
import com.azure.resourcemanager.network.fluent.models.VirtualNetworkInner;
import com.azure.resourcemanager.network.models.ServiceEndpointPropertiesFormat;
import com.azure.resourcemanager.network.models.VirtualNetworkPrivateLinkServiceNetworkPolicies;
import io.arorp.api.CloudException;
import io.arorp.env.cloud.Networks;
import java.util.List;
import java.util.Optional;

/**
 * Customer VNets and subnets through ARM. A subnet is updated by reading it and writing it back with only the RP's
 * settings changed, so route tables, delegations and whatever else the customer set stay as they are.
 */
public final class AzureNetworks implements Networks {
    private final AzureClients clients;
    private final AzureCalls calls;

    public AzureNetworks(AzureClients clients, AzureCalls calls) {
        this.clients = clients;
        this.calls = calls;
    }

    @Override
    public Optional<VirtualNetwork> virtualNetwork(String vnetId) {
        ArmId id = ArmId.parse(vnetId);
        return calls.find(() -> clients.network(id.subscriptionId()).getVirtualNetworks()
                .getByResourceGroup(id.resourceGroup(), id.name(0))).map(AzureNetworks::toVirtualNetwork);
    }

    @Override
    public List<EffectiveRoute> effectiveRouteTable(String nicId) {
        ArmId id = ArmId.parse(nicId);
        var routes = calls.call(() -> clients.network(id.subscriptionId()).getNetworkInterfaces()
                .getEffectiveRouteTable(id.resourceGroup(), id.name(0)));
        return java.util.Objects.requireNonNullElse(routes.value(),
                        List.<com.azure.resourcemanager.network.models.EffectiveRoute>of()).stream()
                .map(r -> new EffectiveRoute(string(r.source()), string(r.state()),
                        java.util.Objects.requireNonNullElse(r.addressPrefix(), List.of()), string(r.nextHopType()),
                        java.util.Objects.requireNonNullElse(r.nextHopIpAddress(), List.of())))
                .toList();
    }

    /** A PUT of the NIC as it is: Azure retries the operation that left it Failed. */
    @Override
    public String reconcileNetworkInterface(String nicId) {
        ArmId id = ArmId.parse(nicId);
        var nics = clients.network(id.subscriptionId()).getNetworkInterfaces();
        NetworkInterfaceInner nic = calls.find(() -> nics.getByResourceGroup(id.resourceGroup(), id.name(0)))
                .orElseThrow(() -> new CloudException(404, "ResourceNotFound", null,
                        "The network interface '" + nicId + "' was not found."));
        return string(calls.call(() -> nics.createOrUpdate(id.resourceGroup(), id.name(0), nic)).provisioningState());
    }

    private static String string(Object value) {
        return value == null ? null : value.toString();
    }

    @Override
    public Optional<Subnet> subnet(String subnetId) {
        return read(subnetId).map(AzureNetworks::toSubnet);
    }

    @Override
    public Subnet updateSubnet(Subnet subnet) {
        ArmId id = ArmId.parse(subnet.id());
        SubnetInner inner = read(subnet.id()).orElseThrow(() -> new CloudException(404, "NotFound", null,
                "Subnet '" + subnet.id() + "' was not found."));
        inner.withNetworkSecurityGroup(subnet.networkSecurityGroupId() == null ? null
                : new NetworkSecurityGroupInner().withId(subnet.networkSecurityGroupId()));
        inner.withServiceEndpoints(subnet.serviceEndpoints().stream()
                .map(e -> new ServiceEndpointPropertiesFormat().withService(e)).toList());
        inner.withPrivateLinkServiceNetworkPolicies(subnet.privateLinkServiceNetworkPoliciesDisabled()
                ? VirtualNetworkPrivateLinkServiceNetworkPolicies.DISABLED
                : VirtualNetworkPrivateLinkServiceNetworkPolicies.ENABLED);
        return toSubnet(calls.call(() -> clients.network(id.subscriptionId()).getSubnets()
                .createOrUpdate(id.resourceGroup(), id.name(0), id.name(1), inner)));
    }

    private Optional<SubnetInner> read(String subnetId) {
        ArmId id = ArmId.parse(subnetId);
        return calls.find(() -> clients.network(id.subscriptionId()).getSubnets()
                .get(id.resourceGroup(), id.name(0), id.name(1)));
    }

    private static VirtualNetwork toVirtualNetwork(VirtualNetworkInner v) {
        List<String> prefixes = v.addressSpace() == null || v.addressSpace().addressPrefixes() == null ? List.of()
                : v.addressSpace().addressPrefixes();
        return new VirtualNetwork(v.id(), v.location(), prefixes);
    }

    private static Subnet toSubnet(SubnetInner s) {
        String prefix = s.addressPrefix() != null ? s.addressPrefix()
                : s.addressPrefixes() != null && !s.addressPrefixes().isEmpty() ? s.addressPrefixes().get(0) : null;
        if (prefix == null) {
            throw new CloudException(500, "InternalServerError", null, "subnet " + s.id() + " has no address prefix");
        }
        List<String> endpoints = s.serviceEndpoints() == null ? List.of()
                : s.serviceEndpoints().stream().map(ServiceEndpointPropertiesFormat::service).toList();
        return new Subnet(s.id(), prefix, s.networkSecurityGroup() == null ? null : s.networkSecurityGroup().id(),
                endpoints, VirtualNetworkPrivateLinkServiceNetworkPolicies.DISABLED.equals(
                        s.privateLinkServiceNetworkPolicies()), s.routeTable() == null ? null : s.routeTable().id(),
                s.natGateway() == null ? null : s.natGateway().id(), string(s.provisioningState()));
    }
}
