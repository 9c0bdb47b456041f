package io.arorp.api.validate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.arorp.api.ExampleClusters;
import io.arorp.api.OpenShiftCluster;
import io.arorp.api.version.ApiVersion;
import io.arorp.util.json.Jackson;
import java.util.function.Consumer;

/** Valid clusters and requests to break one rule at a time. */
final class Fixtures {
    static final String ID = ExampleClusters.ID;
    static final String SUB = ExampleClusters.SUBSCRIPTION;
    static final String OTHER_SUB = "11111111-1111-1111-1111-111111111111";
    static final String VNET = "/subscriptions/" + SUB
            + "/resourceGroups/vnetResourceGroup/providers/Microsoft.Network/virtualNetworks/vnet";
    static final ValidationContext CTX = ValidationContext.of(ID, "location", "location.aroapp.io");
    private static final ObjectMapper MAPPER = Jackson.newMapper();

    private Fixtures() {
    }

    /** A stored cluster every version accepts unchanged. */
    static OpenShiftCluster valid(boolean workloadIdentity) {
        OpenShiftCluster oc = workloadIdentity ? ExampleClusters.workloadIdentityCluster()
                : ExampleClusters.servicePrincipalCluster();
        if (!workloadIdentity) {
            oc.getProperties().getServicePrincipalProfile().setClientId("99999999-9999-9999-9999-999999999999");
        }
        oc.getProperties().setWorkerProfilesStatus(null);
        oc.getProperties().getNetworkProfile().getLoadBalancerProfile().setEffectiveOutboundIps(null);
        oc.getProperties().getWorkerProfiles().get(0).setVmSize("Standard_D4s_v3");
        return oc;
    }

    /** A create request: the valid cluster as this version shows it, without read-only fields, then edited. */
    static Object create(ApiVersion v, boolean workloadIdentity, Consumer<ObjectNode> edit) {
        return v.clusters().readRequest(null, body(v, valid(workloadIdentity), edit));
    }

    /** An update request laid over the stored cluster like a PATCH. */
    static Object update(ApiVersion v, OpenShiftCluster current, Consumer<ObjectNode> edit) {
        Object base = v.clusters().externalNoReadOnly(v.clusters().toExternalWithSecrets(current));
        return v.clusters().readRequest(base, body(v, current, edit));
    }

    private static byte[] body(ApiVersion v, OpenShiftCluster oc, Consumer<ObjectNode> edit) {
        Object external = v.clusters().externalNoReadOnly(v.clusters().toExternalWithSecrets(oc));
        ObjectNode tree = (ObjectNode) v.clusters().tree(external);
        edit.accept(tree);
        try {
            return MAPPER.writeValueAsBytes(tree);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Sets a value at a slash path, e.g. {@code properties/networkProfile/podCidr}; null removes it. */
    static Consumer<ObjectNode> set(String path, Object value) {
        return tree -> {
            String[] parts = path.split("/");
            JsonNode parent = tree;
            for (int i = 0; i < parts.length - 1; i++) {
                JsonNode next = parent.isArray() ? parent.get(Integer.parseInt(parts[i])) : parent.get(parts[i]);
                if (next == null) {
                    next = ((ObjectNode) parent).putObject(parts[i]);
                }
                parent = next;
            }
            String last = parts[parts.length - 1];
            if (parent instanceof ArrayNode a) {
                a.set(Integer.parseInt(last), MAPPER.valueToTree(value));
            } else if (value == null) {
                ((ObjectNode) parent).remove(last);
            } else {
                ((ObjectNode) parent).set(last, MAPPER.valueToTree(value));
            }
        };
    }

    static JsonNode json(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }
}
