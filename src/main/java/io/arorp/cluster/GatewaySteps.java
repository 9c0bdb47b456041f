package io.arorp.cluster;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.arorp.api.FeatureProfile;
import io.arorp.database.ConflictException;
import io.arorp.database.DocumentNotFoundException;
import io.arorp.database.GatewayDocument;
import io.arorp.database.PreconditionFailedException;

/**
 * ensureGatewayCreate and the delete's gateway removal, for clusters whose egress goes through the RP's private-link
 * gateway ({@code featureProfile.gatewayEnabled}): the gateway routes a connection by its link identifier to the
 * Gateway document of that id, so the document is written before the connection is approved, and the addresses are
 * recorded on the cluster last (the step's "done" mark, checked on a re-run).
 */
final class GatewaySteps {
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
                .put("imageRegistryStorageAccountName", "imageregistry" + c.properties().getStorageSuffix()));
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
