package io.arorp.env.sim.cloud;

import io.arorp.env.cloud.CloudResource;
import io.arorp.env.cloud.Dns;
import java.util.Optional;

/** A records in the RP's DNS zone, stored under the RP's own subscription like the zone is in prod. */
public final class SimDns implements Dns {
    private final SimulatedCloud cloud;
    private final String rpResourceGroup;

    public SimDns(SimulatedCloud cloud, String location) {
        this.cloud = cloud;
        this.rpResourceGroup = "/subscriptions/" + cloud.settings().rpSubscription() + "/resourceGroups/rp-" + location;
    }

    @Override
    public void createOrUpdateARecord(String zone, String name, String ip, int ttlSeconds) {
        String id = recordId(zone, name);
        cloud.calls().run("dns.createOrUpdate", id, () -> {
            var properties = cloud.object().put("TTL", ttlSeconds).put("fqdn", name + "." + zone + ".");
            properties.putArray("ARecords").addObject().put("ipv4Address", ip);
            cloud.put(CloudResource.of(id, "Microsoft.Network/dnszones/A", "global", properties));
        });
    }

    @Override
    public Optional<String> aRecord(String zone, String name) {
        String id = recordId(zone, name);
        return cloud.calls().call("dns.get", id, () -> cloud.get(id)
                .map(r -> r.properties().path("ARecords").path(0).path("ipv4Address").asText()));
    }

    @Override
    public void deleteRecord(String zone, String name) {
        String id = recordId(zone, name);
        cloud.calls().run("dns.delete", id, () -> cloud.delete(id));
    }

    private String recordId(String zone, String name) {
        return rpResourceGroup + "/providers/Microsoft.Network/dnszones/" + zone + "/A/" + name;
    }
}
