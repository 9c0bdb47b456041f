package io.arorp.env.sim.cloud;

import com.fasterxml.jackson.databind.JsonNode;
import io.arorp.api.CloudException;
import io.arorp.env.cloud.CloudResource;
import io.arorp.env.cloud.Networks.EffectiveRoute;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Network interfaces: their effective routes and the re-PUT that clears a {@code Failed} provisioning state. Routes
 * follow Azure's rules: a {@code Default} VnetLocal route per VNet prefix and {@code 0.0.0.0/0} to the Internet; the
 * subnet's route table adds {@code User} routes, and a user route for a default prefix makes that default Invalid.
 */
final class SimNetworkInterfaces {
    static final String NIC_TYPE = "Microsoft.Network/networkInterfaces";
    private final SimulatedCloud cloud;
    private final Function<String, Optional<CloudResource>> vnets;

    /** @param vnets the VNet of an id, created on first look when the simulation assumes networks */
    SimNetworkInterfaces(SimulatedCloud cloud, Function<String, Optional<CloudResource>> vnets) {
        this.cloud = cloud;
        this.vnets = vnets;
    }

    List<EffectiveRoute> effectiveRoutes(String nicId) {
        CloudResource nic = nic(nicId);
        String subnetId = nic.properties().path("ipConfigurations").path(0).path("subnet").path("id").asText(null);
        List<EffectiveRoute> user = new ArrayList<>();
        List<String> vnetPrefixes = new ArrayList<>();
        if (subnetId != null) {
            vnets.apply(SimulatedCloud.parent(subnetId)).ifPresent(v -> v.properties().path("addressSpace")
                    .path("addressPrefixes").forEach(p -> vnetPrefixes.add(p.asText())));
            String routeTable = cloud.get(subnetId).map(s -> s.properties().path("routeTable").path("id").asText(null))
                    .orElse(null);
            if (routeTable != null) {
                cloud.get(routeTable).ifPresent(t -> t.properties().path("routes").forEach(r -> user.add(userRoute(r))));
            }
        }
        List<EffectiveRoute> routes = new ArrayList<>();
        for (String prefix : vnetPrefixes) {
            routes.add(system(prefix, "VnetLocal", user));
        }
        routes.add(system("0.0.0.0/0", "Internet", user));
        routes.addAll(user);
        return routes;
    }

    String reconcile(String nicId) {
        CloudResource nic = nic(nicId);
        if ("Failed".equals(nic.properties().path("provisioningState").asText())) {
            nic.properties().put("provisioningState", "Succeeded");
            cloud.put(nic);
        }
        return nic.properties().path("provisioningState").asText("Succeeded");
    }

    private CloudResource nic(String nicId) {
        return cloud.get(nicId).filter(r -> r.type().equalsIgnoreCase(NIC_TYPE)).orElseThrow(() -> new CloudException(
                404, "ResourceNotFound", null, "The Resource '" + NIC_TYPE + "/" + nicId.substring(
                        nicId.lastIndexOf('/') + 1) + "' was not found."));
    }

    private static EffectiveRoute system(String prefix, String nextHop, List<EffectiveRoute> user) {
        boolean overridden = user.stream().anyMatch(u -> u.addressPrefixes().contains(prefix));
        return new EffectiveRoute("Default", overridden ? "Invalid" : "Active", List.of(prefix), nextHop, List.of());
    }

    private static EffectiveRoute userRoute(JsonNode route) {
        JsonNode p = route.path("properties").isObject() ? route.path("properties") : route;
        String hop = p.path("nextHopIpAddress").asText(null);
        return new EffectiveRoute("User", "Active", List.of(p.path("addressPrefix").asText()),
                p.path("nextHopType").asText(), hop == null ? List.of() : List.of(hop));
    }
}
