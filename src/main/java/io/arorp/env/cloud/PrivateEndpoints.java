package io.arorp.env.cloud;

/**
 * Private endpoints between the RP and a cluster: the RP's own (in the RP's resource group and subnet), through which
 * it reaches the cluster's API server via the cluster's private link service, and the cluster's towards the RP's
 * gateway, whose connection the RP approves.
 */
public interface PrivateEndpoints {
    /**
     * A private endpoint as Azure reports it.
     *
     * @param privateIpAddress the address of its network interface in the RP's subnet
     */
    record PrivateEndpoint(String id, String privateIpAddress, String privateLinkServiceId) {
    }

    /**
     * Creates the RP's private endpoint {@code name} connected to {@code privateLinkServiceId}, or returns it when it
     * exists already; refused (Azure's error as it gave it; the simulation's 404) when the private link service does
     * not exist.
     */
    PrivateEndpoint ensureRpPrivateEndpoint(String name, String location, String privateLinkServiceId);

    /** A no-op when the private endpoint does not exist. */
    void deleteRpPrivateEndpoint(String name);

    /**
     * The connection of a cluster's own private endpoint to the RP's gateway private link service.
     *
     * @param privateIpAddress the endpoint's address in the cluster's master subnet
     * @param linkIdentifier   the number by which the gateway's private link service knows the connection
     */
    record GatewayConnection(String privateIpAddress, String linkIdentifier) {
    }

    /**
     * Approves the (pending) connection of the cluster's private endpoint {@code privateEndpointId} to the gateway's
     * private link service and returns it; 404 when the endpoint does not exist.
     */
    GatewayConnection approveGatewayConnection(String privateEndpointId);
}
