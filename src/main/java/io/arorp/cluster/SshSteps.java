package io.arorp.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.arorp.api.CloudException;
import io.arorp.env.cloud.CloudResource;
import io.arorp.env.cloud.Resources;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * fixSSH: SREs reach master {@code i} on port {@code 2200 + i} of the internal load balancer. The balancer needs the
 * backend pool {@code ssh-i}, its rule and the {@code ssh} probe, and master i's NIC must sit in that pool; a cluster
 * that lost any of them (an old install, a master replaced by the machine API) gets them back. The NIC of a master is
 * named as the installer named it ({@code <infraID>-master0-nic}) or as the machine API does
 * ({@code <infraID>-master-0-nic}). Writes nothing when all is in place.
 */
final class SshSteps {
    static final int MASTERS = 3;

    private SshSteps() {
    }

    static void fixSsh(ClusterContext c) {
        ClusterNames n = c.names();
        Resources resources = c.env().cloud().resources();
        String lbId = n.network("loadBalancers", n.infraId() + "-internal");
        CloudResource lb = resources.get(lbId).orElseThrow(() -> new CloudException(500, "InternalServerError", null,
                "The cluster's internal load balancer '" + lbId + "' does not exist."));
        List<CloudResource> changed = new ArrayList<>();
        if (ensureSshRules(lb)) {
            changed.add(lb);
        }
        for (int i = 0; i < MASTERS; i++) {
            CloudResource nic = masterNic(resources, n, i);
            if (ensurePool(nic, lbId + "/backendAddressPools/ssh-" + i)) {
                changed.add(nic);
            }
        }
        if (!changed.isEmpty()) {
            c.env().cloud().deployments().deploy(n.resourceGroupId(), "fixssh", changed);
        }
    }

    private static CloudResource masterNic(Resources resources, ClusterNames n, int i) {
        String installer = n.network("networkInterfaces", n.infraId() + "-master" + i + "-nic");
        String machineApi = n.network("networkInterfaces", n.infraId() + "-master-" + i + "-nic");
        Optional<CloudResource> nic = resources.get(installer).or(() -> resources.get(machineApi));
        return nic.orElseThrow(() -> new CloudException(500, "InternalServerError", null,
                "The network interface of master " + i + " ('" + installer + "' or '" + machineApi
                        + "') does not exist."));
    }

    /** Adds what is missing of the SSH pools, rules and probe; true if anything was. */
    private static boolean ensureSshRules(CloudResource lb) {
        ObjectNode props = lb.properties();
        boolean changed = false;
        if (!has(props.withArray("probes"), "ssh")) {
            props.withArray("probes").add(BaseTemplate.probe("ssh", "Tcp", 22, null));
            changed = true;
        }
        for (int i = 0; i < MASTERS; i++) {
            String name = "ssh-" + i;
            if (!has(props.withArray("backendAddressPools"), name)) {
                props.withArray("backendAddressPools").addObject().put("name", name);
                changed = true;
            }
            if (!has(props.withArray("loadBalancingRules"), name)) {
                props.withArray("loadBalancingRules").add(BaseTemplate.rule(lb.id(), name,
                        BaseTemplate.INTERNAL_FRONTEND, name, "ssh", 2200 + i, 22));
                changed = true;
            }
        }
        return changed;
    }

    /** Puts the NIC's first IP configuration into the pool; true if it was not. */
    private static boolean ensurePool(CloudResource nic, String poolId) {
        JsonNode configs = nic.properties().path("ipConfigurations");
        if (!configs.isArray() || configs.isEmpty()) {
            throw new CloudException(500, "InternalServerError", null,
                    "The network interface '" + nic.id() + "' has no IP configuration.");
        }
        ObjectNode config = (ObjectNode) configs.get(0);
        ArrayNode pools = config.with("properties").withArray("loadBalancerBackendAddressPools");
        for (JsonNode pool : pools) {
            if (pool.path("id").asText().equalsIgnoreCase(poolId)) {
                return false;
            }
        }
        pools.addObject().put("id", poolId);
        return true;
    }

    private static boolean has(ArrayNode items, String name) {
        for (JsonNode item : items) {
            if (item.path("name").asText().toLowerCase(Locale.ROOT).equals(name)) {
                return true;
            }
        }
        return false;
    }
}
