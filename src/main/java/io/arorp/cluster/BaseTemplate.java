package io.arorp.cluster;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.arorp.api.Visibility;
import io.arorp.env.cloud.CloudResource;
import java.util.ArrayList;
import java.util.List;

/**
 * The resources of the base template (appendix B3) in the shape ARM takes them: two storage accounts that admit only
 * the cluster's and the RP's subnets, their blob containers, the NSG, the public IPs, the internal load balancer (API,
 * machine config server, SSH to each master), the public load balancer (public API and the outbound rule) and the
 * private link service the RP reaches the API through. The deployment orders them by their references.
 */
final class BaseTemplate {
    static final String INTERNAL_FRONTEND = "internal-lb-ip-v4";
    static final String PUBLIC_FRONTEND = "public-lb-ip-v4";
    static final String OUTBOUND_RULE = "outbound-rule-v4";
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private BaseTemplate() {
    }

    static List<CloudResource> storage(ClusterContext c, String account, List<String> containers) {
        ClusterNames n = c.names();
        String id = n.resourceGroupId() + "/providers/Microsoft.Storage/storageAccounts/" + account;
        ObjectNode rules = JSON.objectNode().put("bypass", "AzureServices").put("defaultAction", "Deny");
        ArrayNode subnets = rules.putArray("virtualNetworkRules");
        admittedSubnets(c).forEach(s -> subnets.addObject().put("id", s).put("action", "Allow"));
        ObjectNode props = JSON.objectNode().put("allowBlobPublicAccess", false)
                .put("supportsHttpsTrafficOnly", true).put("minimumTlsVersion", "TLS1_2");
        props.set("networkAcls", rules);
        props.putObject("encryption").put("keySource", "Microsoft.Storage").put("requireInfrastructureEncryption",
                true).putObject("services").putObject("blob").put("enabled", true);
        List<CloudResource> resources = new ArrayList<>();
        resources.add(CloudResource.of(id, "Microsoft.Storage/storageAccounts", c.cluster().getLocation(), props)
                .withSku("Standard_LRS").withKind("StorageV2"));
        for (String container : containers) {
            resources.add(CloudResource.of(id + "/blobServices/default/containers/" + container,
                    "Microsoft.Storage/storageAccounts/blobServices/containers", null,
                    JSON.objectNode().put("publicAccess", "None")));
        }
        return resources;
    }

    /** The subnets a cluster storage account admits: the cluster's own and the RP's. */
    static List<String> admittedSubnets(ClusterContext c) {
        List<String> admitted = new ArrayList<>(NetworkSteps.subnetIds(c));
        admitted.addAll(c.env().settings().rpNetwork().subnetIds());
        return admitted;
    }

    static CloudResource nsg(ClusterContext c) {
        ObjectNode props = JSON.objectNode();
        ArrayNode rules = props.putArray("securityRules");
        if (publicApi(c)) {
            rules.addObject().put("name", "apiserver_in").set("properties", JSON.objectNode().put("protocol", "Tcp")
                    .put("sourcePortRange", "*").put("destinationPortRange", "6443").put("sourceAddressPrefix", "*")
                    .put("destinationAddressPrefix", "*").put("access", "Allow").put("priority", 101)
                    .put("direction", "Inbound"));
        }
        return CloudResource.of(c.names().nsgId(), "Microsoft.Network/networkSecurityGroups",
                c.cluster().getLocation(), props);
    }

    static CloudResource publicIp(ClusterContext c, String name) {
        return CloudResource.of(c.names().network("publicIPAddresses", name), "Microsoft.Network/publicIPAddresses",
                c.cluster().getLocation(), JSON.objectNode().put("publicIPAllocationMethod", "Static")
                        .put("publicIPAddressVersion", "IPv4")).withSku("Standard");
    }

    static CloudResource internalLoadBalancer(ClusterContext c, String privateIp) {
        ClusterNames n = c.names();
        String lb = n.network("loadBalancers", n.infraId() + "-internal");
        ObjectNode props = JSON.objectNode();
        props.putArray("frontendIPConfigurations").addObject().put("name", INTERNAL_FRONTEND).set("properties",
                JSON.objectNode().put("privateIPAllocationMethod", "Static").put("privateIPAddress", privateIp)
                        .set("subnet", ref(c.properties().getMasterProfile().getSubnetId())));
        ArrayNode pools = props.putArray("backendAddressPools");
        pools.addObject().put("name", n.infraId());
        ArrayNode rules = props.putArray("loadBalancingRules");
        rules.add(rule(lb, "api-internal-v4", INTERNAL_FRONTEND, n.infraId(), "api-internal-probe", 6443, 6443));
        rules.add(rule(lb, "sint-v4", INTERNAL_FRONTEND, n.infraId(), "sint-probe", 22623, 22623));
        ArrayNode probes = props.putArray("probes");
        probes.add(probe("api-internal-probe", "Https", 6443, "/readyz"));
        probes.add(probe("sint-probe", "Https", 22623, "/healthz"));
        probes.add(probe("ssh", "Tcp", 22, null));
        for (int i = 0; i < 3; i++) { // SREs reach master i on 2200 + i
            pools.addObject().put("name", "ssh-" + i);
            rules.add(rule(lb, "ssh-" + i, INTERNAL_FRONTEND, "ssh-" + i, "ssh", 2200 + i, 22));
        }
        return CloudResource.of(lb, "Microsoft.Network/loadBalancers", c.cluster().getLocation(), props)
                .withSku("Standard");
    }

    static CloudResource publicLoadBalancer(ClusterContext c) {
        ClusterNames n = c.names();
        String lb = n.network("loadBalancers", n.infraId());
        ObjectNode props = JSON.objectNode();
        props.putArray("frontendIPConfigurations").addObject().put("name", PUBLIC_FRONTEND).set("properties",
                JSON.objectNode().set("publicIPAddress", ref(n.network("publicIPAddresses", n.infraId() + "-pip-v4"))));
        props.putArray("backendAddressPools").addObject().put("name", n.infraId());
        ArrayNode rules = props.putArray("loadBalancingRules");
        ArrayNode probes = props.putArray("probes");
        if (publicApi(c)) {
            rules.add(rule(lb, "api-internal-v4", PUBLIC_FRONTEND, n.infraId(), "api-internal-probe", 6443, 6443));
            probes.add(probe("api-internal-probe", "Https", 6443, "/readyz"));
        }
        ObjectNode outbound = JSON.objectNode().put("protocol", "All").put("idleTimeoutInMinutes", 30);
        outbound.putArray("frontendIPConfigurations").add(ref(lb + "/frontendIPConfigurations/" + PUBLIC_FRONTEND));
        outbound.set("backendAddressPool", ref(lb + "/backendAddressPools/" + n.infraId()));
        props.putArray("outboundRules").addObject().put("name", OUTBOUND_RULE).set("properties", outbound);
        return CloudResource.of(lb, "Microsoft.Network/loadBalancers", c.cluster().getLocation(), props)
                .withSku("Standard");
    }

    static CloudResource privateLinkService(ClusterContext c) {
        ClusterNames n = c.names();
        String internal = n.network("loadBalancers", n.infraId() + "-internal");
        ObjectNode props = JSON.objectNode();
        props.putArray("loadBalancerFrontendIpConfigurations")
                .add(ref(internal + "/frontendIPConfigurations/" + INTERNAL_FRONTEND));
        props.putArray("ipConfigurations").addObject().put("name", n.infraId() + "-pls-nic").set("properties",
                JSON.objectNode().put("privateIPAllocationMethod", "Dynamic").put("privateIPAddressVersion", "IPv4")
                        .set("subnet", ref(c.properties().getMasterProfile().getSubnetId())));
        String rpSubscription = c.env().settings().rpNetwork().subscriptionId();
        props.putObject("visibility").putArray("subscriptions").add(rpSubscription);
        props.putObject("autoApproval").putArray("subscriptions").add(rpSubscription);
        return CloudResource.of(n.network("privateLinkServices", n.infraId() + "-pls"),
                "Microsoft.Network/privateLinkServices", c.cluster().getLocation(), props);
    }

    static ObjectNode rule(String lb, String name, String frontend, String pool, String probe, int port,
            int backendPort) {
        ObjectNode props = JSON.objectNode().put("protocol", "Tcp").put("loadDistribution", "Default")
                .put("frontendPort", port).put("backendPort", backendPort).put("idleTimeoutInMinutes", 30)
                .put("disableOutboundSnat", true);
        props.set("frontendIPConfiguration", ref(lb + "/frontendIPConfigurations/" + frontend));
        props.set("backendAddressPool", ref(lb + "/backendAddressPools/" + pool));
        props.set("probe", ref(lb + "/probes/" + probe));
        return JSON.objectNode().put("name", name).set("properties", props);
    }

    static ObjectNode probe(String name, String protocol, int port, String path) {
        ObjectNode props = JSON.objectNode().put("protocol", protocol).put("port", port).put("intervalInSeconds", 5)
                .put("numberOfProbes", 2);
        if (path != null) {
            props.put("requestPath", path);
        }
        return JSON.objectNode().put("name", name).set("properties", props);
    }

    private static ObjectNode ref(String id) {
        return JSON.objectNode().put("id", id);
    }

    private static boolean publicApi(ClusterContext c) {
        return c.properties().getApiserverProfile().getVisibility() != Visibility.PRIVATE;
    }
}
