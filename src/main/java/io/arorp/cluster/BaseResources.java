package io.arorp.cluster;

import io.arorp.api.IngressProfile;
import io.arorp.api.Visibility;
import io.arorp.env.cloud.CloudResource;
import java.util.ArrayList;
import java.util.List;

/**
 * deployBaseResourceTemplate and the early IP steps: the storage accounts, NSG, load balancers, public IPs and the
 * private link service of appendix B3 and the deny assignment, deployed as ARM deployment "storage", with the cluster
 * service principal's Contributor assignment on the resource group; then the API and ingress IPs recorded
 * on the document and, for managed domains, in the RP's DNS zone.
 */
final class BaseResources {
    private static final int TTL = 300;

    private BaseResources() {
    }

    static void deploy(ClusterContext c) {
        ServicePrincipalSteps.ensureContributor(c);
        ClusterNames n = c.names();
        String rg = n.resourceGroupId();
        String suffix = c.properties().getStorageSuffix();
        List<CloudResource> resources = new ArrayList<>();
        resources.addAll(BaseTemplate.storage(c, "cluster" + suffix, List.of("ignition", "aro")));
        resources.addAll(BaseTemplate.storage(c, "imageregistry" + suffix, List.of("image-registry")));
        resources.add(BaseTemplate.nsg(c));
        resources.add(BaseTemplate.publicIp(c, n.infraId() + "-pip-v4"));
        resources.add(BaseTemplate.internalLoadBalancer(c, internalIp(c)));
        resources.add(BaseTemplate.publicLoadBalancer(c));
        if (ingressPublic(c)) {
            resources.add(BaseTemplate.publicIp(c, n.infraId() + "-default-v4"));
        }
        resources.add(BaseTemplate.privateLinkService(c));
        if (GatewaySteps.enabled(c)) { // the cluster's endpoint towards the RP's gateway
            resources.add(GatewaySteps.privateEndpoint(c));
        }
        resources.addAll(DenyAssignmentSteps.resources(c));
        c.env().cloud().deployments().deploy(rg, "storage", resources);
    }

    static void updateApiIpEarly(ClusterContext c) {
        ClusterNames n = c.names();
        boolean publicApi = c.properties().getApiserverProfile().getVisibility() != Visibility.PRIVATE;
        String ip = publicApi ? publicIp(c, n.infraId() + "-pip-v4") : internalIp(c);
        String url = "https://api." + n.domain() + ":6443/";
        c.patch(d -> {
            d.getOpenShiftCluster().getProperties().getApiserverProfile().setIp(ip);
            d.getOpenShiftCluster().getProperties().getApiserverProfile().setIntIp(internalIp(c));
            d.getOpenShiftCluster().getProperties().getApiserverProfile().setUrl(url);
        });
        if (n.managedDomain()) {
            c.env().cloud().dns().createOrUpdateARecord(c.env().settings().managedDomain(), "api." + n.prefix(), ip, TTL);
        }
    }

    static void createOrUpdateRouterIpEarly(ClusterContext c) {
        ClusterNames n = c.names();
        String ip = ingressPublic(c) ? publicIp(c, n.infraId() + "-default-v4") : Cidr.parse(workerPrefix(c)).address(254);
        c.patch(d -> {
            List<IngressProfile> ingress = d.getOpenShiftCluster().getProperties().getIngressProfiles();
            if (ingress != null && !ingress.isEmpty()) {
                ingress.get(0).setIp(ip);
            }
        });
        if (n.managedDomain()) {
            c.env().cloud().dns().createOrUpdateARecord(c.env().settings().managedDomain(), "*.apps." + n.prefix(), ip,
                    TTL);
        }
    }

    static void deleteDns(ClusterContext c) {
        ClusterNames n = c.names();
        if (n.managedDomain()) {
            c.env().cloud().dns().deleteRecord(c.env().settings().managedDomain(), "api." + n.prefix());
            c.env().cloud().dns().deleteRecord(c.env().settings().managedDomain(), "*.apps." + n.prefix());
        }
    }

    private static boolean ingressPublic(ClusterContext c) {
        List<IngressProfile> ingress = c.properties().getIngressProfiles();
        return ingress == null || ingress.isEmpty() || ingress.get(0).getVisibility() != Visibility.PRIVATE;
    }

    private static String publicIp(ClusterContext c, String name) {
        return c.env().cloud().resources().get(c.names().network("publicIPAddresses", name))
                .map(r -> r.properties().path("ipAddress").asText())
                .orElseThrow(() -> new IllegalStateException("public IP " + name + " was not deployed"));
    }

    /** The internal load balancer's frontend: a fixed address near the end of the master subnet. */
    private static String internalIp(ClusterContext c) {
        String prefix = c.env().cloud().networks().subnet(c.properties().getMasterProfile().getSubnetId()).orElseThrow()
                .addressPrefix();
        Cidr cidr = Cidr.parse(prefix);
        return cidr.address((int) (cidr.last() - cidr.first()) - 1);
    }

    private static String workerPrefix(ClusterContext c) {
        return c.env().cloud().networks().subnet(NetworkSteps.subnetIds(c).get(NetworkSteps.subnetIds(c).size() - 1))
                .orElseThrow().addressPrefix();
    }
}
