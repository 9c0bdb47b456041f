package io.arorp.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.arorp.api.CloudException;
import io.arorp.api.LoadBalancerProfile;
import io.arorp.api.NetworkProfile;
import io.arorp.api.OutboundType;
import io.arorp.api.ResourceReference;
import io.arorp.env.cloud.CloudResource;
import io.arorp.env.cloud.Resources;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * reconcileLoadBalancerProfile: the public load balancer's outbound rule uses exactly
 * {@code loadBalancerProfile.managedOutboundIps.count} public IPs, the cluster's {@code <infraId>-pip-v4} first and
 * then managed ones named {@code <uuid>-outbound-pip-v4}; missing ones are created, surplus ones removed after the
 * load balancer let go of them, and the document reports the result as {@code effectiveOutboundIps}. Existing managed
 * IPs are reused before new ones are made, so a job resumed after a crash converges instead of piling up addresses.
 */
final class OutboundIpSteps {
    static final String MANAGED_SUFFIX = "-outbound-pip-v4";
    private static final String PIP_TYPE = "Microsoft.Network/publicIPAddresses";

    private OutboundIpSteps() {
    }

    static void reconcileLoadBalancerProfile(ClusterContext c) {
        NetworkProfile network = c.properties().getNetworkProfile();
        LoadBalancerProfile profile = network.getLoadBalancerProfile();
        if ((network.getOutboundType() != null && network.getOutboundType() != OutboundType.LOADBALANCER)
                || profile == null || profile.getManagedOutboundIps() == null
                || profile.getManagedOutboundIps().getCount() == null) {
            return;
        }
        ClusterNames n = c.names();
        Resources resources = c.env().cloud().resources();
        String lbId = n.network("loadBalancers", n.infraId());
        CloudResource lb = resources.get(lbId).orElseThrow(() -> new CloudException(500, "InternalServerError", null,
                "The cluster's public load balancer '" + lbId + "' does not exist."));
        List<String> managed = resources.listByResourceGroup(n.resourceGroupId()).stream()
                .filter(r -> r.type().equalsIgnoreCase(PIP_TYPE) && r.name().endsWith(MANAGED_SUFFIX))
                .map(CloudResource::id).sorted(Comparator.comparing(id -> id.toLowerCase(Locale.ROOT))).toList();
        int wanted = profile.getManagedOutboundIps().getCount() - 1;
        List<String> keep = new ArrayList<>(managed.subList(0, Math.min(wanted, managed.size())));
        List<CloudResource> created = new ArrayList<>();
        while (keep.size() < wanted) {
            String name = new UUID(c.env().random().nextLong(), c.env().random().nextLong()) + MANAGED_SUFFIX;
            created.add(BaseTemplate.publicIp(c, name));
            keep.add(n.network("publicIPAddresses", name));
        }
        List<String> effective = new ArrayList<>();
        effective.add(n.network("publicIPAddresses", n.infraId() + "-pip-v4"));
        effective.addAll(keep);
        if (!lower(effective).equals(lower(outboundIps(lb)))) {
            List<CloudResource> deployment = new ArrayList<>(created);
            deployment.add(withOutboundIps(lb, keep));
            c.env().cloud().deployments().deploy(n.resourceGroupId(), "outbound-ips", deployment);
        }
        managed.stream().filter(id -> !keep.contains(id)).forEach(resources::delete);
        c.patch(d -> d.getOpenShiftCluster().getProperties().getNetworkProfile().getLoadBalancerProfile()
                .setEffectiveOutboundIps(effective.stream().map(OutboundIpSteps::reference).toList()));
    }

    /** The public IPs behind the outbound rule's frontends, in the rule's order. */
    static List<String> outboundIps(CloudResource lb) {
        List<String> ips = new ArrayList<>();
        for (JsonNode ref : outboundRule(lb).path("properties").path("frontendIPConfigurations")) {
            String frontend = ref.path("id").asText();
            String name = frontend.substring(frontend.lastIndexOf('/') + 1);
            for (JsonNode config : lb.properties().path("frontendIPConfigurations")) {
                if (config.path("name").asText().equals(name)) {
                    ips.add(config.path("properties").path("publicIPAddress").path("id").asText());
                }
            }
        }
        return ips;
    }

    /** The load balancer with one frontend per managed IP and the outbound rule over the default and those. */
    private static CloudResource withOutboundIps(CloudResource lb, List<String> managedIps) {
        ObjectNode props = lb.properties().deepCopy();
        props.remove(List.of("provisioningState", "resourceGuid"));
        ArrayNode frontends = props.withArray("frontendIPConfigurations");
        for (int i = frontends.size() - 1; i >= 0; i--) {
            if (frontends.get(i).path("name").asText().endsWith(MANAGED_SUFFIX)) {
                frontends.remove(i);
            }
        }
        ArrayNode ruleFrontends = JsonNodeFactory.instance.arrayNode();
        ruleFrontends.addObject().put("id", lb.id() + "/frontendIPConfigurations/" + BaseTemplate.PUBLIC_FRONTEND);
        for (String ip : managedIps) {
            String name = ip.substring(ip.lastIndexOf('/') + 1);
            frontends.addObject().put("name", name).putObject("properties").putObject("publicIPAddress")
                    .put("id", ip);
            ruleFrontends.addObject().put("id", lb.id() + "/frontendIPConfigurations/" + name);
        }
        for (JsonNode rule : props.path("outboundRules")) {
            if (rule.path("name").asText().equals(BaseTemplate.OUTBOUND_RULE)) {
                ((ObjectNode) rule).with("properties").set("frontendIPConfigurations", ruleFrontends);
            }
        }
        return new CloudResource(lb.id(), lb.type(), lb.location(), lb.managedBy(), lb.tags(), props, lb.sku(),
                lb.kind());
    }

    private static JsonNode outboundRule(CloudResource lb) {
        for (JsonNode rule : lb.properties().path("outboundRules")) {
            if (rule.path("name").asText().equals(BaseTemplate.OUTBOUND_RULE)) {
                return rule;
            }
        }
        return JsonNodeFactory.instance.objectNode();
    }

    private static List<String> lower(List<String> ids) {
        return ids.stream().map(id -> id.toLowerCase(Locale.ROOT)).toList();
    }

    private static ResourceReference reference(String id) {
        ResourceReference ref = new ResourceReference();
        ref.setId(id);
        return ref;
    }
}
