package io.arorp.env.cloud;

/**
 * The RP's own private endpoints (in the RP's resource group and subnet): how the RP reaches the API server of a
 * cluster through the cluster's private link service, whatever the cluster's API visibility.
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
     * exists already; 404 when the private link service does not exist.
     */
    PrivateEndpoint ensureRpPrivateEndpoint(String name, String location, String privateLinkServiceId);

    /** A no-op when the private endpoint does not exist. */
    void deleteRpPrivateEndpoint(String name);
}
