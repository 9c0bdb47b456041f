package io.arorp.cluster;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.arorp.api.CloudException;
import io.arorp.api.FeatureProfile;
import io.arorp.env.cloud.CloudResource;
import io.arorp.database.ConflictException;
import io.arorp.database.DocumentNotFoundException;
import io.arorp.database.GatewayDocument;
import io.arorp.database.PreconditionFailedException;

/**
 * ensureGatewayCreate and the delete's gateway removal, for clusters whose egress goes through the RP's private-link
 * gateway ({@code featureProfile.gatewayEnabled}): the gateway routes a connection by its link identifier to the
 * Gateway document of that id, so the document is written before the connection is approved, and the addresses are
 * recorded on the cluster last (the step's "done" mark, checked on a re-run). The admin update's ensureGatewayUpgrade
 * brings clusters created before the gateway (or switched to it later) to the same state.
 */
final class GatewaySteps {
    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(
            GatewaySteps.class.getName());

    private GatewaySteps() {
    }

    static boolean enabled(ClusterContext c) {
        FeatureProfile features = c.properties().getFeatureProfile();
        return features != null && Boolean.TRUE.equals(features.getGatewayEnabled());
    }

    static void ensureGatewayCreate(ClusterContext c) {
        if (!enabled(c) || c.properties().getNetworkProfile().getGatewayPrivateEndpointIp() != null) {
            return;
        }
        ClusterNames n = c.names();
        var connection = c.env().cloud().privateEndpoints().approveGatewayConnection(
                n.network("privateEndpoints", n.infraId() + "-pe"));
        GatewayDocument doc = new GatewayDocument();
        doc.setId(connection.linkIdentifier());
        doc.setGateway(JsonNodeFactory.instance.objectNode().put("id", c.doc().getKey())
                .put("storageSuffix", c.properties().getStorageSuffix())
                .put("imageRegistryStorageAccountName", registryAccount(c)));
        try {
            c.env().gateway().create(doc);
        } catch (ConflictException | PreconditionFailedException e) {
            // written by an earlier run of this step
        }
        c.patch(d -> {
            var network = d.getOpenShiftCluster().getProperties().getNetworkProfile();
            network.setGatewayPrivateEndpointIp(connection.privateIpAddress());
            network.setGatewayPrivateLinkId(connection.linkIdentifier());
        });
    }

    /**
     * The master subnet's private link policies, the cluster's private endpoint towards the gateway, then
     * ensureGatewayCreate. A failure is logged, not raised, as in the original: the cluster works without the
     * gateway, and one cluster's missing endpoint must not block the rest of its admin update.
     */
    static void ensureGatewayUpgrade(ClusterContext c) {
        if (!enabled(c) || c.properties().getNetworkProfile().getGatewayPrivateEndpointIp() != null) {
            return;
        }
        try {
            NetworkSteps.setMasterSubnetPolicies(c);
            c.env().cloud().deployments().deploy(c.names().resourceGroupId(), "gatewayprivateendpoint",
                    java.util.List.of(privateEndpoint(c)));
            ensureGatewayCreate(c);
        } catch (CloudException e) {
            LOG.warning(() -> "ensureGatewayUpgrade of " + c.cluster().getId() + ": " + e.getMessage());
        }
    }

    /** The cluster's private endpoint to the RP's gateway private link service, in the master subnet. */
    static CloudResource privateEndpoint(ClusterContext c) {
        ClusterNames n = c.names();
        return CloudResource.of(n.network("privateEndpoints", n.infraId() + "-pe"),
                "Microsoft.Network/privateEndpoints", c.cluster().getLocation(), JsonNodeFactory.instance.objectNode()
                        .put("subnetId", c.properties().getMasterProfile().getSubnetId())
                        .put("privateLinkService", "gateway-pls-001"));
    }

    /** As recorded on the document (populateRegistryStorageAccountName fills old ones), else the install's name. */
    private static String registryAccount(ClusterContext c) {
        String name = c.properties().getImageRegistryStorageAccountName();
        return name == null || name.isEmpty() ? "imageregistry" + c.properties().getStorageSuffix() : name;
    }

    static void deleteGateway(ClusterContext c) {
        String linkId = c.properties().getNetworkProfile() == null ? null
                : c.properties().getNetworkProfile().getGatewayPrivateLinkId();
        if (linkId == null) {
            return;
        }
        c.env().gateway().get(linkId).ifPresent(doc -> {
            try {
                c.env().gateway().delete(doc);
            } catch (DocumentNotFoundException e) {
                // gone already
            }
        });
    }
}
