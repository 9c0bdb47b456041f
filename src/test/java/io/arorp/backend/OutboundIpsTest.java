package io.arorp.backend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.arorp.api.LoadBalancerProfile;
import io.arorp.api.ManagedOutboundIps;
import io.arorp.api.ProvisioningState;
import io.arorp.api.ResourceReference;
import io.arorp.env.cloud.CloudResource;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * reconcileLoadBalancerProfile through the backend over the simulated cloud: a create with three managed outbound
 * IPs gets the default IP and two managed ones behind the outbound rule, an update to one removes the two (after the
 * load balancer let go of them), and the document reports the outbound rule's IPs as effectiveOutboundIps.
 */
class OutboundIpsTest {
    static final Duration LONG = Duration.ofSeconds(60);

    @Test
    void theOutboundRuleFollowsTheManagedOutboundIpCount(@TempDir Path dir) throws Exception {
        try (BackendFixture f = new BackendFixture(dir)) {
            String key = f.enqueueCreate("out").getKey();
            count(f, key, 3);
            f.dispatcher("a", Duration.ofMillis(200), () -> false).wake();
            f.await(key, ProvisioningState.SUCCEEDED, LONG);
            String infraId = f.clusters("r").get(key).orElseThrow().getOpenShiftCluster().getProperties().getInfraId();
            String pips = "/subscriptions/" + BackendFixture.SUBSCRIPTION + "/resourcegroups/aro-out/providers/"
                    + "Microsoft.Network/publicIPAddresses/";

            List<String> effective = effective(f, key);
            assertEquals(3, effective.size());
            assertEquals(pips + infraId + "-pip-v4", effective.get(0));
            assertTrue(effective.get(1).endsWith("-outbound-pip-v4"), effective.get(1));
            assertEquals(effective, ruleIps(f, infraId));
            assertEquals(2, managedIps(f).size());

            count(f, key, 1);
            f.enqueue(key, ProvisioningState.UPDATING);
            f.dispatchers.get(0).wake();
            f.await(key, ProvisioningState.SUCCEEDED, LONG);

            assertEquals(List.of(pips + infraId + "-pip-v4"), effective(f, key));
            assertEquals(effective(f, key), ruleIps(f, infraId));
            assertEquals(List.of(), managedIps(f));
        }
    }

    private static void count(BackendFixture f, String key, int count) {
        f.clusters("frontend").patch(key, d -> {
            ManagedOutboundIps ips = new ManagedOutboundIps();
            ips.setCount(count);
            LoadBalancerProfile profile = new LoadBalancerProfile();
            profile.setManagedOutboundIps(ips);
            d.getOpenShiftCluster().getProperties().getNetworkProfile().setLoadBalancerProfile(profile);
        });
    }

    private static List<String> effective(BackendFixture f, String key) {
        return f.clusters("r").get(key).orElseThrow().getOpenShiftCluster().getProperties().getNetworkProfile()
                .getLoadBalancerProfile().getEffectiveOutboundIps().stream().map(ResourceReference::getId).toList();
    }

    /** The public IPs the stored load balancer's outbound rule uses, resolved through its frontends. */
    private static List<String> ruleIps(BackendFixture f, String infraId) {
        CloudResource lb = f.cloud.all().stream().filter(r -> r.type().equals("Microsoft.Network/loadBalancers")
                && r.name().equals(infraId)).findFirst().orElseThrow();
        List<String> ips = new ArrayList<>();
        lb.properties().path("outboundRules").get(0).path("properties").path("frontendIPConfigurations")
                .forEach(ref -> {
                    String name = ref.path("id").asText().substring(ref.path("id").asText().lastIndexOf('/') + 1);
                    lb.properties().path("frontendIPConfigurations").forEach(fe -> {
                        if (fe.path("name").asText().equals(name)) {
                            ips.add(fe.path("properties").path("publicIPAddress").path("id").asText());
                        }
                    });
                });
        return ips;
    }

    private static List<String> managedIps(BackendFixture f) {
        return f.cloud.all().stream().filter(r -> r.type().equals("Microsoft.Network/publicIPAddresses")
                && r.name().endsWith("-outbound-pip-v4")).map(CloudResource::id).toList();
    }
}
