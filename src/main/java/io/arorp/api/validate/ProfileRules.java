package io.arorp.api.validate;

import static io.arorp.api.validate.Errors.invalid;
import static io.arorp.api.validate.Json.at;
import static io.arorp.api.validate.Json.number;
import static io.arorp.api.validate.Json.text;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URISyntaxException;

/** The rules of the cluster, service principal, master, worker, API server and ingress profiles. */
final class ProfileRules {
    private final CustomerClusterValidator v;
    private final ValidationContext ctx;
    private final ArmId r;
    private final PullSecrets pullSecrets = new PullSecrets();

    ProfileRules(CustomerClusterValidator v, ValidationContext ctx, ArmId r) {
        this.v = v;
        this.ctx = ctx;
        this.r = r;
    }

    void validateClusterProfile(String path, JsonNode cp, boolean isCreate) {
        if (!pullSecrets.isValid(text(cp, "pullSecret"))) {
            throw invalid(path + ".pullSecret", "The provided pull secret is invalid.");
        }
        String domain = text(cp, "domain");
        if (!(isCreate ? Patterns.DOMAIN : Patterns.DOMAIN_RFC1123).matcher(domain).matches()
                || !isAcceptableManagedDomain(domain)) {
            throw invalid(path + ".domain", "The provided domain '" + domain + "' is invalid.");
        }
        String rg = text(cp, "resourceGroupId");
        if (!Patterns.RESOURCE_GROUP_ID.matcher(rg).matches()) {
            throw invalid(path + ".resourceGroupId", "The provided resource group '" + rg + "' is invalid.");
        }
        if (!rg.split("/")[2].equals(r.subscription())) {
            throw invalid(path + ".resourceGroupId", "The provided resource group '" + rg
                    + "' is invalid: must be in same subscription as cluster.");
        }
        if (rg.equalsIgnoreCase("/subscriptions/" + r.subscription() + "/resourceGroups/" + r.resourceGroup())) {
            throw invalid(path + ".resourceGroupId", "The provided resource group '" + rg
                    + "' is invalid: must be different from resourceGroup of the OpenShift cluster object.");
        }
        v.requireEnum(path + ".fipsValidatedModules", path + ".fipsValidatedModules", cp, "value");
    }

    /**
     * A domain under the RP's parent zone (e.g. aroapp.io) must be a single label directly under this region's zone
     * (e.g. {@code name.eastus.aroapp.io}): the RP manages those records.
     */
    private boolean isAcceptableManagedDomain(String domain) {
        String rpDomain = ctx.domain();
        int dot = rpDomain.indexOf('.');
        String parent = dot < 0 ? rpDomain : rpDomain.substring(dot + 1);
        if (domain.endsWith("." + parent) && !domain.endsWith("." + rpDomain)) {
            return false;
        }
        return !(domain.endsWith("." + rpDomain)
                && domain.substring(0, domain.length() - rpDomain.length() - 1).contains("."));
    }

    void validateUrl(String path, String url, String what) {
        if (url.isEmpty()) {
            return;
        }
        try {
            new URI(url);
        } catch (URISyntaxException e) {
            throw invalid(path, "The provided " + what + " '" + url + "' is invalid.");
        }
    }

    void validateServicePrincipal(String path, JsonNode spp) {
        String clientId = text(spp, "clientId");
        if (!Patterns.UUID_RX.matcher(clientId).matches()) {
            throw invalid(path + ".clientId", "The provided client ID '" + clientId + "' is invalid.");
        }
        if (text(spp, "clientSecret").isEmpty()) {
            throw invalid(path + ".clientSecret", "The provided client secret is invalid.");
        }
    }

    void validateMaster(String path, JsonNode mp, String version) {
        String size = text(mp, "vmSize");
        switch (VmSizes.check(size, true, ctx.requireD2sWorkers(), version)) {
            case NOT_SUPPORTED_FOR_ROLE -> throw invalid(path + ".vmSize", "The provided VM size '" + size
                    + "' is invalid for the 'master' role.");
            case NOT_SUPPORTED_IN_VERSION -> throw invalid(path + ".vmSize", "The provided master VM size '" + size
                    + "' is invalid for the chosen OpenShift version.");
            default -> {
            }
        }
        String subnet = text(mp, "subnetId");
        validateSubnet(path + ".subnetId", subnet, "master");
        v.requireEnum(path + ".encryptionAtHost", path + ".encryptionAtHost", mp, "value");
        String des = text(mp, "diskEncryptionSetId");
        if (!des.isEmpty()) {
            if (!Patterns.DISK_ENCRYPTION_SET_ID.matcher(des).matches()) {
                throw invalid(path + ".diskEncryptionSetId", "The provided master disk encryption set '" + des
                        + "' is invalid.");
            }
            if (!ArmId.parse(des).subscription().equals(r.subscription())) {
                throw invalid(path + ".diskEncryptionSetId", "The provided master disk encryption set '" + des
                        + "' is invalid: must be in same subscription as cluster.");
            }
        }
    }

    private void validateSubnet(String path, String subnet, String role) {
        if (!Patterns.SUBNET_ID.matcher(subnet).matches()) {
            throw invalid(path, "The provided " + role + " VM subnet '" + subnet + "' is invalid.");
        }
        if ("master".equals(role) && !ArmId.parse(subnet).subscription().equals(r.subscription())) {
            throw invalid(path, "The provided master VM subnet '" + subnet
                    + "' is invalid: must be in same subscription as cluster.");
        }
    }

    void validateApiServer(String path, JsonNode ap) {
        v.requireEnum(path + ".visibility", path + ".visibility", ap, "visibility");
        validateUrl(path + ".url", text(ap, "url"), "URL");
        validateIp(path + ".ip", text(ap, "ip"));
    }

    private static void validateIp(String path, String ip) {
        if (ip.isEmpty()) {
            return;
        }
        if (Ip.parseV4(ip) == null) {
            throw invalid(path, "The provided IP '" + ip + "' is invalid" + (Ip.isV6(ip) ? ": must be IPv4." : "."));
        }
    }

    void validateCreateOnly(JsonNode p, String version) {
        if (at(p, "workerProfilesStatus").size() != 0) {
            throw invalid("properties.workerProfilesStatus", "Worker Profile Status must be set to nil.");
        }
        JsonNode workers = at(p, "workerProfiles");
        if (workers.size() != 1) {
            throw invalid("properties.workerProfiles", "There should be exactly one worker profile.");
        }
        JsonNode wp = workers.get(0);
        validateWorker("properties.workerProfiles['" + text(wp, "name") + "']", wp, at(p, "masterProfile"), version);
        JsonNode ingress = at(p, "ingressProfiles");
        if (ingress.size() != 1) {
            throw invalid("properties.ingressProfiles", "There should be exactly one ingress profile.");
        }
        JsonNode ip = ingress.get(0);
        String path = "properties.ingressProfiles['" + text(ip, "name") + "']";
        if (!"default".equals(text(ip, "name"))) {
            throw invalid(path + ".name", "The provided ingress name '" + text(ip, "name") + "' is invalid.");
        }
        v.requireEnum("properties.ingressProfiles.visibility", path + ".visibility", ip, "visibility");
        validateIp(path + ".ip", text(ip, "ip"));
    }

    private void validateWorker(String path, JsonNode wp, JsonNode mp, String version) {
        String name = text(wp, "name");
        if (!"worker".equals(name)) {
            throw invalid(path + ".name", "The provided worker name '" + name + "' is invalid.");
        }
        String size = text(wp, "vmSize");
        switch (VmSizes.check(size, false, ctx.requireD2sWorkers(), version)) {
            case NOT_SUPPORTED_FOR_ROLE -> throw invalid(path + ".vmSize", "The provided VM size '" + size
                    + "' is invalid for the 'worker' role.");
            case NOT_SUPPORTED_IN_VERSION -> throw invalid(path + ".vmSize", "The provided worker VM size '" + size
                    + "' is invalid for the chosen OpenShift version.");
            default -> {
            }
        }
        long disk = number(wp, "diskSizeGB");
        if (disk < 128) {
            throw invalid(path + ".diskSizeGB", "The provided worker disk size '" + disk + "' is invalid.");
        }
        String subnet = text(wp, "subnetId");
        validateSubnet(path + ".subnetId", subnet, "worker");
        v.requireEnum("properties.workerProfiles.encryptionAtHost", path + ".encryptionAtHost", wp, "value");
        String masterSubnet = text(mp, "subnetId");
        if (!vnet(subnet).equalsIgnoreCase(vnet(masterSubnet))) {
            throw invalid(path + ".subnetId", "The provided worker VM subnet '" + subnet
                    + "' is invalid: must be in the same vnet as master VM subnet '" + masterSubnet + "'.");
        }
        if (subnet.equalsIgnoreCase(masterSubnet)) {
            throw invalid(path + ".subnetId", "The provided worker VM subnet '" + subnet
                    + "' is invalid: must be different to master VM subnet '" + masterSubnet + "'.");
        }
        long count = number(wp, "count");
        if (count < 2 || count > 50) {
            throw invalid(path + ".count", "The provided worker count '" + count + "' is invalid.");
        }
        String des = text(wp, "diskEncryptionSetId");
        String masterDes = text(mp, "diskEncryptionSetId");
        if (!des.equalsIgnoreCase(masterDes)) {
            // the original reports this against subnetId; kept so clients see the same target
            throw invalid(path + ".subnetId", "The provided worker disk encryption set '" + des
                    + "' is invalid: must be the same as master disk encryption set '" + masterDes + "'.");
        }
    }

    private static String vnet(String subnetId) {
        int i = subnetId.toLowerCase().lastIndexOf("/subnets/");
        return i < 0 ? subnetId : subnetId.substring(0, i);
    }
}
