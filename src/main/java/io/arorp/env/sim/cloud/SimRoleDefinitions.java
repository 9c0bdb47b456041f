package io.arorp.env.sim.cloud;

import com.fasterxml.jackson.databind.JsonNode;
import io.arorp.env.cloud.CloudResource;
import io.arorp.env.cloud.RoleDefinitions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Role definitions as resources of the simulated cloud ({@code Microsoft.Authorization/roleDefinitions} at
 * {@code /subscriptions/<s>/providers/Microsoft.Authorization/roleDefinitions/<guid>}, properties
 * {@code roleName} and {@code permissions[{actions, notActions}]}). A role not stored is taken as one granting
 * what a platform operator needs on the customer's network ({@link #NETWORK_OPERATOR}), so the seeded role sets of
 * dev work; store a definition to test another shape.
 */
public final class SimRoleDefinitions implements RoleDefinitions {
    public static final String TYPE = "Microsoft.Authorization/roleDefinitions";
    /** The actions of a role the simulation does not hold. */
    public static final List<String> NETWORK_OPERATOR = List.of("Microsoft.Network/virtualNetworks/read",
            "Microsoft.Network/virtualNetworks/subnets/join/action", "Microsoft.Network/virtualNetworks/subnets/read");
    private final SimulatedCloud cloud;

    public SimRoleDefinitions(SimulatedCloud cloud) {
        this.cloud = cloud;
    }

    @Override
    public Optional<RoleDefinition> get(String subscriptionId, String roleDefinitionId) {
        String guid = roleDefinitionId.substring(roleDefinitionId.lastIndexOf('/') + 1);
        String id = "/subscriptions/" + subscriptionId + "/providers/Microsoft.Authorization/roleDefinitions/" + guid;
        return cloud.calls().call("roleDefinitions.get", id, () -> Optional.of(cloud.get(id)
                .map(SimRoleDefinitions::definition)
                .orElseGet(() -> new RoleDefinition(id, "Simulated platform operator " + guid,
                        List.of(new Permission(NETWORK_OPERATOR, List.of()))))));
    }

    /** A role definition resource to store in the simulated cloud. */
    public static CloudResource resource(String subscriptionId, String guid, String roleName, List<String> actions) {
        var properties = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode()
                .put("roleName", roleName);
        var permission = properties.putArray("permissions").addObject();
        actions.forEach(permission.putArray("actions")::add);
        permission.putArray("notActions");
        return CloudResource.of("/subscriptions/" + subscriptionId
                + "/providers/Microsoft.Authorization/roleDefinitions/" + guid, TYPE, null, properties);
    }

    private static RoleDefinition definition(CloudResource r) {
        List<Permission> permissions = new ArrayList<>();
        for (JsonNode p : r.properties().path("permissions")) {
            permissions.add(new Permission(texts(p.path("actions")), texts(p.path("notActions"))));
        }
        return new RoleDefinition(r.id(), r.properties().path("roleName").asText(), permissions);
    }

    private static List<String> texts(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asText()));
        return values;
    }
}
