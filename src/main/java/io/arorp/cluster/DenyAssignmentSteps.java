package io.arorp.cluster;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.arorp.api.OpenShiftClusterProperties;
import io.arorp.api.PlatformWorkloadIdentity;
import io.arorp.env.cloud.CloudResource;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

/**
 * The deny assignment that keeps everyone but the cluster's own identities from changing the managed resource group
 * (the customer owns the subscription, yet must not break the cluster). Part of the base template at install and
 * redeployed on update, when the cluster's identity may have changed; switched off where the RP may not create deny
 * assignments (the original's DisableDenyAssignments).
 */
final class DenyAssignmentSteps {
    static final String TYPE = "Microsoft.Authorization/denyAssignments";
    /** ARM's "everyone" principal of a system-defined deny assignment. */
    static final String EVERYONE = "00000000-0000-0000-0000-000000000000";
    private static final List<String> ACTIONS = List.of("*/action", "*/delete", "*/write");
    private static final List<String> NOT_ACTIONS = List.of(
            "Microsoft.Compute/disks/beginGetAccess/action", "Microsoft.Compute/disks/endGetAccess/action",
            "Microsoft.Compute/disks/write", "Microsoft.Compute/snapshots/beginGetAccess/action",
            "Microsoft.Compute/snapshots/delete", "Microsoft.Compute/snapshots/endGetAccess/action",
            "Microsoft.Compute/snapshots/write",
            "Microsoft.Network/networkInterfaces/effectiveNetworkSecurityGroups/action",
            "Microsoft.Network/networkInterfaces/effectiveRouteTable/action",
            "Microsoft.Network/networkSecurityGroups/join/action", "Microsoft.Resources/tags/write");

    private DenyAssignmentSteps() {
    }

    /** The deny assignment of the cluster's resource group, or none when deny assignments are off. */
    static List<CloudResource> resources(ClusterContext c) {
        if (!c.env().settings().denyAssignments()) {
            return List.of();
        }
        String rg = c.names().resourceGroupId();
        String name = UUID.nameUUIDFromBytes((rg.toLowerCase(Locale.ROOT) + "ARO cluster resource group deny "
                + "assignment").getBytes(StandardCharsets.UTF_8)).toString();
        ObjectNode p = JsonNodeFactory.instance.objectNode();
        p.put("denyAssignmentName", name).put("description", "ARO cluster resource group deny assignment")
                .put("scope", rg).put("isSystemProtected", true);
        ObjectNode permissions = p.putArray("permissions").addObject();
        ACTIONS.forEach(permissions.putArray("actions")::add);
        NOT_ACTIONS.forEach(permissions.putArray("notActions")::add);
        p.putArray("principals").addObject().put("id", EVERYONE).put("type", "SystemDefined");
        ArrayNode excluded = p.putArray("excludePrincipals");
        excludedPrincipals(c.properties()).forEach(id -> excluded.addObject().put("id", id)
                .put("type", "ServicePrincipal"));
        return List.of(CloudResource.of(rg + "/providers/" + TYPE + "/" + name, TYPE, null, p));
    }

    static void createOrUpdateDenyAssignment(ClusterContext c) {
        List<CloudResource> resources = resources(c);
        if (!resources.isEmpty()) {
            c.env().cloud().deployments().deploy(c.names().resourceGroupId(), "storage", resources);
        }
    }

    /** The cluster's service principal, or its platform workload identities. */
    private static List<String> excludedPrincipals(OpenShiftClusterProperties p) {
        List<String> ids = new ArrayList<>();
        if (p.getServicePrincipalProfile() != null) {
            var sp = p.getServicePrincipalProfile();
            ids.add(sp.getSpObjectId() != null ? sp.getSpObjectId() : sp.getClientId());
        }
        if (p.getPlatformWorkloadIdentityProfile() != null
                && p.getPlatformWorkloadIdentityProfile().getPlatformWorkloadIdentities() != null) {
            p.getPlatformWorkloadIdentityProfile().getPlatformWorkloadIdentities().values().stream()
                    .map(PlatformWorkloadIdentity::getObjectId).forEach(ids::add);
        }
        return ids.stream().filter(Objects::nonNull).toList();
    }
}
