package io.arorp.env.sim.cloud;

import com.fasterxml.jackson.databind.JsonNode;
import io.arorp.api.CloudException;
import io.arorp.env.cloud.CloudResource;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Two rules of Azure's load balancers that make a zone migration hard, so the simulation holds the RP to them: the
 * zones of an existing frontend IP configuration cannot change, and a frontend a private link service uses cannot be
 * removed (nor can a private link service use a frontend that does not exist). The error codes are the simulation's
 * own names for these refusals.
 */
final class SimLoadBalancerRules {
    static final String LB_TYPE = "Microsoft.Network/loadBalancers";
    static final String PLS_TYPE = "Microsoft.Network/privateLinkServices";
    private static final String FRONTENDS = "/frontendIPConfigurations/";
    private final SimulatedCloud cloud;

    SimLoadBalancerRules(SimulatedCloud cloud) {
        this.cloud = cloud;
    }

    /** Checks a deployment's resources against the state they would leave, with the batch's own resources winning. */
    void check(String resourceGroupId, List<CloudResource> batch) {
        if (batch.stream().noneMatch(r -> r.type().equals(LB_TYPE) || r.type().equals(PLS_TYPE))) {
            return;
        }
        Map<String, CloudResource> after = new HashMap<>();
        for (CloudResource r : cloud.listByResourceGroup(resourceGroupId)) {
            after.put(r.id().toLowerCase(Locale.ROOT), r);
        }
        for (CloudResource r : batch) {
            if (r.type().equals(LB_TYPE)) {
                cloud.get(r.id()).ifPresent(old -> zonesUnchanged(old, r));
            }
            after.put(r.id().toLowerCase(Locale.ROOT), r);
        }
        for (CloudResource pls : after.values()) {
            if (pls.type().equals(PLS_TYPE)) {
                pls.properties().path("loadBalancerFrontendIpConfigurations")
                        .forEach(ref -> frontendExists(after, pls, ref.path("id").asText()));
            }
        }
    }

    private static void zonesUnchanged(CloudResource old, CloudResource updated) {
        for (JsonNode before : old.properties().path("frontendIPConfigurations")) {
            String name = before.path("name").asText();
            for (JsonNode now : updated.properties().path("frontendIPConfigurations")) {
                if (now.path("name").asText().equals(name) && !zones(before).equals(zones(now))) {
                    throw new CloudException(400, "LoadBalancerFrontendIPConfigurationZonesCannotBeChanged", null,
                            "The zones of frontend IP configuration '" + name + "' of load balancer '" + old.id()
                                    + "' cannot be changed.");
                }
            }
        }
    }

    private static void frontendExists(Map<String, CloudResource> after, CloudResource pls, String frontendId) {
        int at = frontendId.toLowerCase(Locale.ROOT).indexOf(FRONTENDS.toLowerCase(Locale.ROOT));
        if (at < 0) {
            return;
        }
        String lbId = frontendId.substring(0, at);
        String name = frontendId.substring(at + FRONTENDS.length());
        boolean exists = Optional.ofNullable(after.get(lbId.toLowerCase(Locale.ROOT))).map(lb -> {
            for (JsonNode f : lb.properties().path("frontendIPConfigurations")) {
                if (f.path("name").asText().equals(name)) {
                    return true;
                }
            }
            return false;
        }).orElse(false);
        if (!exists) {
            throw new CloudException(400, "LoadBalancerFrontendIPConfigurationInUseByPrivateLinkService", null,
                    "Private link service '" + pls.id() + "' uses frontend IP configuration '" + frontendId
                            + "', which the load balancer does not have.");
        }
    }

    private static Set<String> zones(JsonNode frontend) {
        Set<String> zones = new TreeSet<>();
        frontend.path("zones").forEach(z -> zones.add(z.asText()));
        return zones;
    }
}
