package io.arorp.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.arorp.api.CloudException;
import io.arorp.env.cloud.CloudResource;
import io.arorp.env.cloud.ResourceSku;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The MigrateLoadBalancer task's migrateInternalLoadBalancerZones: older clusters' internal load balancer frontend
 * (api-int, the machine config server, SSH) lives in no zone, so a zone outage can take it down. Azure cannot add
 * zones to a frontend, and the private link service the RP reaches the API through must always hold one, so the
 * frontend is replaced through a temporary one: PLS onto the temporary frontend, old frontend and its rules removed,
 * a zonal frontend with the same address and the API and MCS rules added, PLS back, temporary frontend removed. The
 * SSH rules are dropped on the way; fixSSH, which the task runs next, adds them back. A rerun after a crash finishes
 * what is left (PLS back, temporary frontends removed) and records the zones.
 */
final class LoadBalancerZoneSteps {
    private static final Set<String> ZONES = Set.of("1", "2", "3"); // the original's default (no expanded zones)
    private static final String DEPLOYMENT = "internallbzones";
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private LoadBalancerZoneSteps() {
    }

    static void migrateInternalLoadBalancerZones(ClusterContext c) {
        ClusterNames n = c.names();
        String lbId = n.network("loadBalancers", n.infraId() + "-internal");
        CloudResource lb = get(c, lbId);
        CloudResource pls = get(c, n.network("privateLinkServices", n.infraId() + "-pls"));
        ObjectNode current = findFrontend(lb.properties(), BaseTemplate.INTERNAL_FRONTEND);
        List<String> zones = current == null ? List.of() : texts(current.path("zones"));
        if (zones.isEmpty()) {
            zones = controlPlaneZones(c);
            if (zones.isEmpty()) {
                return; // a size without zones in this region: a zonal frontend would not help
            }
            replaceFrontend(c, lb, pls, current, zones);
        }
        finish(c, lb, pls);
        List<String> recorded = zones;
        if (!recorded.equals(c.properties().getZones())) {
            c.patch(d -> d.getOpenShiftCluster().getProperties().setZones(recorded));
        }
    }

    private static void replaceFrontend(ClusterContext c, CloudResource lb, CloudResource pls, ObjectNode current,
            List<String> zones) {
        ClusterNames n = c.names();
        String subnet = c.properties().getMasterProfile().getSubnetId();
        String address = current != null ? current.path("properties").path("privateIPAddress").asText(null)
                : c.properties().getApiserverProfile().getIntIp();
        String temporaryName = c.env().clock().instant().getEpochSecond() + "-ip";
        ObjectNode temporary = frontend(temporaryName, subnet, null, zones);
        ObjectNode props = lb.properties();
        props.withArray("frontendIPConfigurations").add(temporary);
        deploy(c, lb);
        pointAt(c, pls, lb.id() + "/frontendIPConfigurations/" + temporaryName);

        props.putArray("frontendIPConfigurations").add(temporary);
        props.putArray("loadBalancingRules");
        deploy(c, lb);

        props.withArray("frontendIPConfigurations").add(frontend(BaseTemplate.INTERNAL_FRONTEND, subnet, address,
                zones));
        ArrayNode rules = props.withArray("loadBalancingRules");
        rules.add(BaseTemplate.rule(lb.id(), "api-internal-v4", BaseTemplate.INTERNAL_FRONTEND, n.infraId(),
                "api-internal-probe", 6443, 6443));
        rules.add(BaseTemplate.rule(lb.id(), "sint-v4", BaseTemplate.INTERNAL_FRONTEND, n.infraId(), "sint-probe",
                22623, 22623));
        deploy(c, lb);
    }

    /** The PLS back on the zonal frontend, then the temporary frontends gone; each only when not so already. */
    private static void finish(ClusterContext c, CloudResource lb, CloudResource pls) {
        pointAt(c, pls, lb.id() + "/frontendIPConfigurations/" + BaseTemplate.INTERNAL_FRONTEND);
        ArrayNode frontends = lb.properties().withArray("frontendIPConfigurations");
        boolean removed = false;
        for (int i = frontends.size() - 1; i >= 0; i--) {
            if (frontends.get(i).path("name").asText().matches("\\d+-ip")) {
                frontends.remove(i);
                removed = true;
            }
        }
        if (removed) {
            deploy(c, lb);
        }
    }

    private static void pointAt(ClusterContext c, CloudResource pls, String frontendId) {
        ArrayNode refs = pls.properties().withArray("loadBalancerFrontendIpConfigurations");
        if (refs.size() == 1 && refs.get(0).path("id").asText().equalsIgnoreCase(frontendId)) {
            return;
        }
        pls.properties().putArray("loadBalancerFrontendIpConfigurations").addObject().put("id", frontendId);
        deploy(c, pls);
    }

    /** The zones of the control plane's VM size in the region, as the resource SKUs list them. */
    private static List<String> controlPlaneZones(ClusterContext c) {
        String size = c.properties().getMasterProfile().getVmSize();
        String subscription = c.names().resourceGroupId().split("/")[2];
        ResourceSku sku = c.env().cloud().compute().resourceSkus(subscription, c.cluster().getLocation()).stream()
                .filter(s -> s.name().equalsIgnoreCase(size) && s.restrictions().isEmpty()).findFirst()
                .orElseThrow(() -> new CloudException(500, "InternalServerError", null, "The control plane VM size '"
                        + size + "' is not available in " + c.cluster().getLocation() + "."));
        TreeSet<String> zones = new TreeSet<>(sku.zones());
        zones.retainAll(ZONES);
        return List.copyOf(zones);
    }

    private static ObjectNode frontend(String name, String subnet, String staticAddress, List<String> zones) {
        ObjectNode props = JSON.objectNode();
        if (staticAddress != null) {
            props.put("privateIPAllocationMethod", "Static").put("privateIPAddress", staticAddress);
        } else {
            props.put("privateIPAllocationMethod", "Dynamic");
        }
        props.putObject("subnet").put("id", subnet);
        ObjectNode frontend = JSON.objectNode().put("name", name);
        frontend.set("properties", props);
        zones.forEach(frontend.putArray("zones")::add);
        return frontend;
    }

    private static ObjectNode findFrontend(ObjectNode lb, String name) {
        for (JsonNode f : lb.path("frontendIPConfigurations")) {
            if (f.path("name").asText().equals(name)) {
                return (ObjectNode) f;
            }
        }
        return null;
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(z -> out.add(z.asText()));
        return out;
    }

    private static CloudResource get(ClusterContext c, String id) {
        return c.env().cloud().resources().get(id).orElseThrow(() -> new CloudException(500, "InternalServerError",
                null, "The cluster's '" + id + "' does not exist."));
    }

    private static void deploy(ClusterContext c, CloudResource resource) {
        c.env().cloud().deployments().deploy(c.names().resourceGroupId(), DEPLOYMENT,
                List.of(new CloudResource(resource.id(), resource.type(), resource.location(), resource.managedBy(),
                        resource.tags(), resource.properties().deepCopy(), resource.sku(), resource.kind())));
    }
}
