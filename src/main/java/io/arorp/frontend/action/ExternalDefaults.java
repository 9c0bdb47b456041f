package io.arorp.frontend.action;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.arorp.api.OpenShiftCluster;
import io.arorp.api.version.TreeConverter;
import java.nio.charset.StandardCharsets;

/**
 * Fills the fields a customer may leave out (FIPS and encryption at host {@code Disabled}, outbound type
 * {@code Loadbalancer} with one managed outbound IP, preconfigured NSG {@code Disabled}) before static validation,
 * which rejects empty enums and would otherwise see a PUT that resends the create body as changing the defaulted
 * immutable fields. Resource ids that differ from the stored ones in case only keep the stored spelling (the RP
 * stores some lower-cased; ARM ids are case-insensitive). Fields the request's api-version does not declare are
 * dropped again when the tree is read back into the version's types.
 */
final class ExternalDefaults {
    private static final String DISABLED = "Disabled";

    private ExternalDefaults() {
    }

    static Object apply(TreeConverter<OpenShiftCluster> converter, Object external, OpenShiftCluster current) {
        JsonNode tree = converter.tree(external).deepCopy();
        JsonNode properties = tree.path("properties");
        defaultField(properties.path("clusterProfile"), "fipsValidatedModules", DISABLED);
        defaultField(properties.path("masterProfile"), "encryptionAtHost", DISABLED);
        for (JsonNode worker : properties.path("workerProfiles")) {
            defaultField(worker, "encryptionAtHost", DISABLED);
        }
        if (properties.path("networkProfile") instanceof ObjectNode network) {
            defaultField(network, "outboundType", "Loadbalancer");
            defaultField(network, "preconfiguredNSG", DISABLED);
            if ("Loadbalancer".equals(network.path("outboundType").asText()) && current != null
                    && hasManagedOutboundIps(current)) {
                ObjectNode lb = network.has("loadBalancerProfile") && network.get("loadBalancerProfile").isObject()
                        ? (ObjectNode) network.get("loadBalancerProfile") : network.putObject("loadBalancerProfile");
                if (!lb.has("managedOutboundIps")) {
                    lb.putObject("managedOutboundIps").put("count", current.getProperties().getNetworkProfile()
                            .getLoadBalancerProfile().getManagedOutboundIps().getCount());
                }
            }
        }
        if (current != null && current.getProperties().getClusterProfile() != null
                && properties.path("clusterProfile") instanceof ObjectNode cp) {
            String stored = current.getProperties().getClusterProfile().getResourceGroupId();
            if (stored != null && stored.equalsIgnoreCase(cp.path("resourceGroupId").asText())) {
                cp.put("resourceGroupId", stored);
            }
        }
        return converter.readRequest(null, tree.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static boolean hasManagedOutboundIps(OpenShiftCluster oc) {
        var n = oc.getProperties().getNetworkProfile();
        return n != null && n.getLoadBalancerProfile() != null && n.getLoadBalancerProfile().getManagedOutboundIps() != null;
    }

    private static void defaultField(JsonNode parent, String field, String value) {
        if (parent instanceof ObjectNode object && (!object.hasNonNull(field) || object.get(field).asText().isEmpty())) {
            object.put(field, value);
        }
    }
}
