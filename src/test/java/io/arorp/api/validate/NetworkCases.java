package io.arorp.api.validate;

import static io.arorp.api.validate.CreateRulesTest.bad;
import static io.arorp.api.validate.CreateRulesTest.ok;
import static io.arorp.api.validate.Fixtures.json;
import static io.arorp.api.validate.Fixtures.set;

import io.arorp.api.validate.CreateRulesTest.Case;
import java.util.ArrayList;
import java.util.List;

/** Required objects, CIDRs, outbound type and load balancer cases of {@link CreateRulesTest}. */
final class NetworkCases {
    private static final String NP = "properties/networkProfile/";
    private static final String JOIN = "Azure Red Hat OpenShift uses 100.64.0.0/16, 169.254.169.0/29, and "
            + "100.88.0.0/16 IP address ranges internally. Do not include this '%s' IP address range in any other "
            + "CIDR definitions in your cluster.";

    private NetworkCases() {
    }

    static List<Case> required() {
        List<Case> t = new ArrayList<>();
        for (String p : List.of("clusterProfile", "networkProfile", "masterProfile", "apiserverProfile")) {
            t.add(bad("missing " + p, null, set("properties/" + p, null), "properties." + p,
                    "The field 'properties." + p + "' is required."));
        }
        return t;
    }

    static List<Case> cidrs() {
        List<Case> t = new ArrayList<>();
        String pod = "properties.networkProfile.podCidr";
        String svc = "properties.networkProfile.serviceCidr";
        t.add(bad("pod CIDR syntax", null, set(NP + "podCidr", "nope"), pod,
                "The provided pod CIDR 'nope' is invalid: 'invalid CIDR address: nope'."));
        t.add(bad("pod CIDR IPv6", null, set(NP + "podCidr", "fd00::/48"), pod,
                "The provided pod CIDR 'fd00::/48' is invalid: must be IPv4."));
        t.add(new Case("pod CIDR overlaps the join range", null, false, set(NP + "podCidr", "100.64.0.0/14"),
                "InvalidCIDRRange", "properties.networkProfile", String.format(JOIN, "100.64.0.0/14")));
        t.add(bad("pod CIDR too small", null, set(NP + "podCidr", "10.128.0.0/19"), pod,
                "The provided vnet CIDR '10.128.0.0/19' is invalid: must be /18 or larger."));
        t.add(new Case("pod CIDR not a network address", null, false, set(NP + "podCidr", "10.128.0.1/14"),
                "InvalidNetworkAddress", pod, "The provided pod CIDR '10.128.0.1/14' is invalid, expecting: "
                        + "'10.128.0.0/14'."));
        t.add(ok("pod CIDR /18", null, set(NP + "podCidr", "10.128.0.0/18")));
        t.add(bad("service CIDR syntax", null, set(NP + "serviceCidr", "172.30.0.0/33"), svc,
                "The provided service CIDR '172.30.0.0/33' is invalid: 'invalid CIDR address: 172.30.0.0/33'."));
        t.add(bad("service CIDR IPv6", null, set(NP + "serviceCidr", "fd00::/112"), svc,
                "The provided service CIDR 'fd00::/112' is invalid: must be IPv4."));
        t.add(new Case("service CIDR contains the metadata range", null, false, set(NP + "serviceCidr",
                "169.254.0.0/16"), "InvalidCIDRRange", "properties.networkProfile",
                String.format(JOIN, "169.254.0.0/16")));
        t.add(bad("service CIDR too small", null, set(NP + "serviceCidr", "172.30.0.0/23"), svc,
                "The provided vnet CIDR '172.30.0.0/23' is invalid: must be /22 or larger."));
        t.add(new Case("service CIDR not a network address", null, false, set(NP + "serviceCidr",
                "172.30.1.0/16"), "InvalidNetworkAddress", svc,
                "The provided service CIDR '172.30.1.0/16' is invalid, expecting: '172.30.0.0/16'."));
        return t;
    }

    static List<Case> outbound() {
        List<Case> t = new ArrayList<>();
        String ot = "properties.networkProfile.outboundType";
        String req = "properties/networkProfile/outboundType";
        t.add(bad("outbound type", req, set(NP + "outboundType", "Bogus"), ot,
                "The provided outboundType 'Bogus' is invalid: must be UserDefinedRouting or Loadbalancer."));
        t.add(bad("UDR with public endpoints", req, set(NP + "outboundType", "UserDefinedRouting"), ot,
                "The provided outboundType 'UserDefinedRouting' is invalid: cannot use UserDefinedRouting if either "
                        + "API Server Visibility or Ingress Visibility is public."));
        String lb = "properties/networkProfile/loadBalancerProfile";
        t.add(bad("UDR with a load balancer profile", lb, set(NP + "outboundType", "UserDefinedRouting")
                .andThen(set("properties/apiserverProfile/visibility", "Private"))
                .andThen(set("properties/ingressProfiles/0/visibility", "Private")),
                "properties.networkProfile.loadBalancerProfile", "The provided loadBalancerProfile is invalid: "
                        + "cannot use a loadBalancerProfile if outboundType is UserDefinedRouting."));
        t.add(ok("UDR with private endpoints", req, set(NP + "outboundType", "UserDefinedRouting")
                .andThen(set(NP + "loadBalancerProfile", null))
                .andThen(set("properties/apiserverProfile/visibility", "Private"))
                .andThen(set("properties/ingressProfiles/0/visibility", "Private"))));
        String count = "properties.networkProfile.loadBalancerProfile.managedOutboundIps.count";
        for (int n : new int[] {0, 21}) {
            t.add(bad("managed outbound IPs " + n, lb, set(NP + "loadBalancerProfile/managedOutboundIps/count", n),
                    count, "The provided managedOutboundIps.count " + n + " is invalid: managedOutboundIps.count "
                            + "must be in the range of 1 to 20 (inclusive)."));
        }
        t.add(ok("managed outbound IPs 20", lb, set(NP + "loadBalancerProfile/managedOutboundIps/count", 20)));
        t.add(bad("effective outbound IPs on create", lb, set(NP + "loadBalancerProfile/effectiveOutboundIps",
                json("[{\"id\":\"x\"}]")), "properties.networkProfile.loadBalancerProfile.effectiveOutboundIps",
                "The field effectiveOutboundIps is read only."));
        return t;
    }
}
