package io.arorp.env.azure;

import com.azure.resourcemanager.network.fluent.models.NetworkInterfaceInner;
import com.azure.resourcemanager.network.fluent.models.PrivateEndpointConnectionInner;
import com.azure.resourcemanager.network.fluent.models.PrivateEndpointInner;
import com.azure.resourcemanager.network.fluent.models.SubnetInner;
import com.azure.resourcemanager.network.models.PrivateLinkServiceConnection;
import io.arorp.api.CloudException;
import io.arorp.env.cloud.PrivateEndpoints;
import java.util.List;
import java.util.Objects;

/**
 * The RP's private endpoints into the clusters' private link services, in the RP's own subscription and resource
 * group, written as the first-party identity as the original does; and the approval, as the RP's identity, of a
 * cluster's connection to the gateway's private link service. Both addresses come from the endpoint's network
 * interface, which only a read with {@code $expand=networkInterfaces} includes.
 */
public final class AzurePrivateEndpoints implements PrivateEndpoints {
    static final String CONNECTION = "rp-plsconnection";
    static final String APPROVED = "Approved";
    private static final String EXPAND = "networkInterfaces";
    private final AzureClients clients;
    private final AzureCalls calls;
    private final RpResources rp;

    public AzurePrivateEndpoints(AzureClients clients, AzureCalls calls, RpResources rp) {
        this.clients = clients;
        this.calls = calls;
        this.rp = rp;
    }

    /** A PUT whatever is there: it is idempotent, and Azure itself refuses a private link service that is not. */
    @Override
    public PrivateEndpoint ensureRpPrivateEndpoint(String name, String location, String privateLinkServiceId) {
        var endpoints = clients.network(clients.settings().rpSubscriptionId()).getPrivateEndpoints();
        String group = clients.settings().rpResourceGroup();
        PrivateEndpointInner endpoint = new PrivateEndpointInner().withLocation(location)
                .withSubnet(new SubnetInner().withId(rp.privateEndpointSubnetId()))
                .withManualPrivateLinkServiceConnections(List.of(new PrivateLinkServiceConnection()
                        .withName(CONNECTION).withPrivateLinkServiceId(privateLinkServiceId)));
        calls.run(() -> endpoints.createOrUpdate(group, name, endpoint));
        PrivateEndpointInner created = calls.call(() -> endpoints.getByResourceGroupWithResponse(group, name, EXPAND,
                com.azure.core.util.Context.NONE).getValue());
        return new PrivateEndpoint(created.id(), address(created), privateLinkServiceId);
    }

    @Override
    public void deleteRpPrivateEndpoint(String name) {
        calls.delete(() -> clients.network(clients.settings().rpSubscriptionId()).getPrivateEndpoints()
                .delete(clients.settings().rpResourceGroup(), name));
    }

    /**
     * The gateway's private link service lists every connection; the cluster's is the one from its endpoint. An
     * approved connection is left as it is, so a re-run of the step writes nothing.
     */
    @Override
    public GatewayConnection approveGatewayConnection(String privateEndpointId) {
        ArmId id = ArmId.parse(privateEndpointId);
        PrivateEndpointInner endpoint = calls.call(() -> clients.network(id.subscriptionId()).getPrivateEndpoints()
                .getByResourceGroupWithResponse(id.resourceGroup(), id.name(0), EXPAND,
                        com.azure.core.util.Context.NONE).getValue());
        var services = clients.rpNetwork().getPrivateLinkServices();
        String group = rp.gatewayResourceGroup();
        var service = calls.call(() -> services.getByResourceGroup(group, RpResources.GATEWAY_PRIVATE_LINK_SERVICE));
        PrivateEndpointConnectionInner connection = Objects.requireNonNullElse(service.privateEndpointConnections(),
                List.<PrivateEndpointConnectionInner>of()).stream()
                .filter(c -> c.privateEndpoint() != null && endpoint.id().equalsIgnoreCase(c.privateEndpoint().id()))
                .findFirst().orElseThrow(() -> new CloudException(500, "InternalServerError", null,
                        "The gateway's private link service has no connection from " + privateEndpointId + "."));
        var state = connection.privateLinkServiceConnectionState();
        if (state == null || !APPROVED.equalsIgnoreCase(state.status())) {
            connection.withPrivateLinkServiceConnectionState(new com.azure.resourcemanager.network.models
                    .PrivateLinkServiceConnectionState().withStatus(APPROVED).withDescription(APPROVED));
            calls.run(() -> services.updatePrivateEndpointConnection(group, RpResources.GATEWAY_PRIVATE_LINK_SERVICE,
                    connection.name(), connection));
        }
        return new GatewayConnection(address(endpoint), connection.linkIdentifier());
    }

    /** The first address of the endpoint's (only) network interface. */
    private static String address(PrivateEndpointInner endpoint) {
        List<NetworkInterfaceInner> nics = endpoint.networkInterfaces();
        if (nics == null || nics.isEmpty() || nics.get(0).ipConfigurations() == null
                || nics.get(0).ipConfigurations().isEmpty()) {
            throw new CloudException(500, "InternalServerError", null, "The private endpoint " + endpoint.id()
                    + " has no network interface address.");
        }
        return nics.get(0).ipConfigurations().get(0).privateIpAddress();
    }
}
