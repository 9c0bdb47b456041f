package io.arorp.api.validate;

import static io.arorp.api.validate.Errors.invalid;
import static io.arorp.api.validate.Json.at;
import static io.arorp.api.validate.Json.present;
import static io.arorp.api.validate.Json.text;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/** Pod and service CIDRs, egress type and the public load balancer profile. */
final class NetworkRules {
    /** Ranges OVN-Kubernetes and Azure use inside every cluster; customer CIDRs must stay clear of them. */
    private static final List<Ip.Cidr> JOIN_RANGES = List.of(Ip.parseCidr("100.64.0.0/16"),
            Ip.parseCidr("169.254.169.0/29"), Ip.parseCidr("100.88.0.0/16"));
    private static final String UDR = "UserDefinedRouting";

    private final CustomerClusterValidator v;

    NetworkRules(CustomerClusterValidator v) {
        this.v = v;
    }

    void validate(String path, JsonNode p, boolean isCreate, int architecture) {
        JsonNode np = at(p, "networkProfile");
        JsonNode ingress = at(p, "ingressProfiles");
        if (ingress.size() > 0) {
            validateCidr(path, "podCidr", "pod", text(np, "podCidr"), 18, isCreate);
            validateCidr(path, "serviceCidr", "service", text(np, "serviceCidr"), 22, isCreate);
            validateOutboundType(path, np, text(p, "apiserverProfile.visibility"),
                    text(ingress.get(0), "visibility"));
        }
        if (present(np, "loadBalancerProfile")) {
            validateLoadBalancer(path + ".loadBalancerProfile", at(np, "loadBalancerProfile"), isCreate,
                    architecture);
        }
    }

    private static void validateCidr(String path, String field, String what, String value, int maxPrefix,
            boolean isCreate) {
        String target = path + "." + field;
        Ip.Cidr cidr = Ip.parseCidr(value);
        if (cidr == null) {
            throw invalid(target, "The provided " + what + " CIDR '" + value + "' is invalid: 'invalid CIDR address: "
                    + value + "'.");
        }
        if (!cidr.v4()) {
            throw invalid(target, "The provided " + what + " CIDR '" + value + "' is invalid: must be IPv4.");
        }
        // only new clusters: existing ones may use OVN's default ranges after an SDN to OVN migration
        if (isCreate && JOIN_RANGES.stream().anyMatch(cidr::overlaps)) {
            throw Errors.of("InvalidCIDRRange", path, "Azure Red Hat OpenShift uses 100.64.0.0/16, "
                    + "169.254.169.0/29, and 100.88.0.0/16 IP address ranges internally. Do not include this '"
                    + value + "' IP address range in any other CIDR definitions in your cluster.");
        }
        if (cidr.prefix() > maxPrefix) {
            throw invalid(target, "The provided vnet CIDR '" + value + "' is invalid: must be /" + maxPrefix
                    + " or larger.");
        }
        if (cidr.network() != cidr.address()) {
            throw Errors.of("InvalidNetworkAddress", target, "The provided " + what + " CIDR '" + value
                    + "' is invalid, expecting: '" + Ip.format(cidr.network()) + "/" + cidr.prefix() + "'.");
        }
    }

    private void validateOutboundType(String path, JsonNode np, String apiVisibility, String ingressVisibility) {
        String outbound = text(np, "outboundType");
        if (!outbound.isEmpty()) {
            if (!v.allowed(path + ".outboundType").contains(outbound)) {
                throw invalid(path + ".outboundType", "The provided outboundType '" + outbound
                        + "' is invalid: must be UserDefinedRouting or Loadbalancer.");
            }
            if (UDR.equals(outbound) && (!"Private".equals(apiVisibility) || !"Private".equals(ingressVisibility))) {
                throw invalid(path + ".outboundType", "The provided outboundType '" + outbound + "' is invalid: "
                        + "cannot use UserDefinedRouting if either API Server Visibility or Ingress Visibility is "
                        + "public.");
            }
        }
        if (UDR.equals(outbound) && present(np, "loadBalancerProfile")) {
            throw invalid(path + ".loadBalancerProfile", "The provided loadBalancerProfile is invalid: cannot use a "
                    + "loadBalancerProfile if outboundType is UserDefinedRouting.");
        }
    }

    private static void validateLoadBalancer(String path, JsonNode lbp, boolean isCreate, int architecture) {
        if (present(lbp, "managedOutboundIps")) {
            long count = Json.number(lbp, "managedOutboundIps.count");
            String target = path + ".managedOutboundIps.count";
            if (architecture == 0 && count > 1) {
                throw invalid(target, "The provided managedOutboundIps.count " + count + " is invalid: "
                        + "managedOutboundIps.count must be 1, multiple IPs are not supported for this cluster's "
                        + "network architecture.");
            }
            if (count <= 0 || count > 20) {
                throw invalid(target, "The provided managedOutboundIps.count " + count + " is invalid: "
                        + "managedOutboundIps.count must be in the range of 1 to 20 (inclusive).");
            }
        }
        if (present(lbp, "effectiveOutboundIps") && isCreate) {
            throw invalid(path + ".effectiveOutboundIps", "The field effectiveOutboundIps is read only.");
        }
    }
}
