package io.arorp.cluster;

/**
 * createAPIServerPrivateEndpoint and its delete: the RP reaches every cluster's API server through its own private
 * endpoint {@code rp-pe-<document id>} into the cluster's private link service, and records the endpoint's address
 * ({@code networkProfile.privateEndpointIp}), which the RP's cluster clients dial.
 */
final class PrivateEndpointSteps {
    static final String PREFIX = "rp-pe-";

    private PrivateEndpointSteps() {
    }

    static void createApiServerPrivateEndpoint(ClusterContext c) {
        ClusterNames n = c.names();
        var endpoint = c.env().cloud().privateEndpoints().ensureRpPrivateEndpoint(PREFIX + c.doc().getId(),
                c.cluster().getLocation(), n.network("privateLinkServices", n.infraId() + "-pls"));
        c.patch(d -> d.getOpenShiftCluster().getProperties().getNetworkProfile()
                .setPrivateEndpointIp(endpoint.privateIpAddress()));
    }

    static void deleteRpPrivateEndpoint(ClusterContext c) {
        c.env().cloud().privateEndpoints().deleteRpPrivateEndpoint(PREFIX + c.doc().getId());
    }
}
