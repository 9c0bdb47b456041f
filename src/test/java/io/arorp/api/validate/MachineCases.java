package io.arorp.api.validate;

import static io.arorp.api.validate.CreateRulesTest.bad;
import static io.arorp.api.validate.CreateRulesTest.ok;
import static io.arorp.api.validate.Fixtures.OTHER_SUB;
import static io.arorp.api.validate.Fixtures.VNET;
import static io.arorp.api.validate.Fixtures.json;
import static io.arorp.api.validate.Fixtures.set;

import io.arorp.api.validate.CreateRulesTest.Case;
import java.util.ArrayList;
import java.util.List;

/** Master, worker, API server and ingress cases of {@link CreateRulesTest}. */
final class MachineCases {
    private static final String MP = "properties/masterProfile/";
    private static final String WP = "properties/workerProfiles/0/";
    private static final String W = "properties.workerProfiles['worker']";
    private static final String DES = "/subscriptions/" + Fixtures.SUB
            + "/resourceGroups/resourceGroup/providers/Microsoft.Compute/diskEncryptionSets/diskEncryptionSet";
    private static final String EAH = "properties/masterProfile/encryptionAtHost";

    private MachineCases() {
    }

    static List<Case> master() {
        List<Case> t = new ArrayList<>();
        String size = "properties.masterProfile.vmSize";
        t.add(bad("master size", null, set(MP + "vmSize", "Standard_D2s_v3"), size,
                "The provided VM size 'Standard_D2s_v3' is invalid for the 'master' role."));
        t.add(bad("master v6 size before 4.19", null, set(MP + "vmSize", "Standard_D8s_v6"), size,
                "The provided master VM size 'Standard_D8s_v6' is invalid for the chosen OpenShift version."));
        t.add(ok("master v6 size on 4.19", null, set(MP + "vmSize", "Standard_D8s_v6")));
        t.add(ok("master M128ms", null, set(MP + "vmSize", "Standard_M128ms")));
        String subnet = "properties.masterProfile.subnetId";
        t.add(bad("master subnet", null, set(MP + "subnetId", "subnet"), subnet,
                "The provided master VM subnet 'subnet' is invalid."));
        String other = VNET.replace(Fixtures.SUB, OTHER_SUB) + "/subnets/master";
        t.add(bad("master subnet in another subscription", null, set(MP + "subnetId", other), subnet,
                "The provided master VM subnet '" + other + "' is invalid: must be in same subscription as cluster."));
        t.add(bad("master encryption at host", EAH, set(MP + "encryptionAtHost", "On"),
                "properties.masterProfile.encryptionAtHost", "The provided value 'On' is invalid."));
        String des = "properties.masterProfile.diskEncryptionSetId";
        t.add(bad("master disk encryption set", EAH, set(MP + "diskEncryptionSetId", "des"), des,
                "The provided master disk encryption set 'des' is invalid."));
        String otherDes = DES.replace(Fixtures.SUB, OTHER_SUB);
        t.add(bad("master disk encryption set in another subscription", EAH, set(MP + "diskEncryptionSetId",
                otherDes).andThen(set(WP + "diskEncryptionSetId", otherDes)), des, "The provided master disk "
                        + "encryption set '" + otherDes + "' is invalid: must be in same subscription as cluster."));
        return t;
    }

    static List<Case> workers() {
        List<Case> t = new ArrayList<>();
        t.add(bad("worker status on create", "properties/workerProfilesStatus", set("properties/workerProfilesStatus",
                json("[{\"name\":\"worker\"}]")), "properties.workerProfilesStatus",
                "Worker Profile Status must be set to nil."));
        t.add(bad("two worker profiles", null, w -> ((com.fasterxml.jackson.databind.node.ArrayNode) w
                .at("/properties/workerProfiles")).add(w.at("/properties/workerProfiles/0").deepCopy()),
                "properties.workerProfiles", "There should be exactly one worker profile."));
        t.add(bad("worker name", null, set(WP + "name", "foo"), "properties.workerProfiles['foo'].name",
                "The provided worker name 'foo' is invalid."));
        t.add(bad("worker size", null, set(WP + "vmSize", "Standard_D2s_v3"), W + ".vmSize",
                "The provided VM size 'Standard_D2s_v3' is invalid for the 'worker' role."));
        t.add(ok("worker D2s under the D2s feature", null, set(WP + "vmSize", "Standard_D2s_v3")));
        t.add(bad("worker L8s_v4 before 4.19", null, set(WP + "vmSize", "Standard_L8s_v4"), W + ".vmSize",
                "The provided worker VM size 'Standard_L8s_v4' is invalid for the chosen OpenShift version."));
        t.add(ok("worker GPU size", null, set(WP + "vmSize", "Standard_NC4as_T4_v3")));
        t.add(bad("worker disk", null, set(WP + "diskSizeGB", 127), W + ".diskSizeGB",
                "The provided worker disk size '127' is invalid."));
        t.add(bad("worker subnet", null, set(WP + "subnetId", "subnet"), W + ".subnetId",
                "The provided worker VM subnet 'subnet' is invalid."));
        String otherVnet = VNET + "2/subnets/worker";
        t.add(bad("worker subnet in another vnet", null, set(WP + "subnetId", otherVnet), W + ".subnetId",
                "The provided worker VM subnet '" + otherVnet + "' is invalid: must be in the same vnet as master VM "
                        + "subnet '" + VNET + "/subnets/master'."));
        t.add(bad("worker subnet is the master's", null, set(WP + "subnetId", VNET + "/subnets/MASTER"),
                W + ".subnetId", "The provided worker VM subnet '" + VNET + "/subnets/MASTER' is invalid: must be "
                        + "different to master VM subnet '" + VNET + "/subnets/master'."));
        for (int n : new int[] {1, 51}) {
            t.add(bad("worker count " + n, null, set(WP + "count", n), W + ".count",
                    "The provided worker count '" + n + "' is invalid."));
        }
        t.add(ok("worker count 50", null, set(WP + "count", 50)));
        t.add(bad("worker encryption at host", EAH, set(WP + "encryptionAtHost", "On"), W + ".encryptionAtHost",
                "The provided value 'On' is invalid."));
        t.add(bad("worker disk encryption set differs", EAH, set(WP + "diskEncryptionSetId", ""), W + ".subnetId",
                "The provided worker disk encryption set '' is invalid: must be the same as master disk encryption "
                        + "set '" + DES + "'."));
        return t;
    }

    static List<Case> endpoints() {
        List<Case> t = new ArrayList<>();
        t.add(bad("API server visibility", null, set("properties/apiserverProfile/visibility", "Bogus"),
                "properties.apiserverProfile.visibility", "The provided visibility 'Bogus' is invalid."));
        t.add(bad("API server URL", null, set("properties/apiserverProfile/url", "http://[::1"),
                "properties.apiserverProfile.url", "The provided URL 'http://[::1' is invalid."));
        t.add(bad("API server IP", null, set("properties/apiserverProfile/ip", "1.2.3"),
                "properties.apiserverProfile.ip", "The provided IP '1.2.3' is invalid."));
        t.add(bad("API server IPv6", null, set("properties/apiserverProfile/ip", "::1"),
                "properties.apiserverProfile.ip", "The provided IP '::1' is invalid: must be IPv4."));
        t.add(bad("two ingress profiles", null, w -> ((com.fasterxml.jackson.databind.node.ArrayNode) w
                .at("/properties/ingressProfiles")).add(w.at("/properties/ingressProfiles/0").deepCopy()),
                "properties.ingressProfiles", "There should be exactly one ingress profile."));
        t.add(bad("ingress name", null, set("properties/ingressProfiles/0/name", "foo"),
                "properties.ingressProfiles['foo'].name", "The provided ingress name 'foo' is invalid."));
        t.add(bad("ingress visibility", null, set("properties/ingressProfiles/0/visibility", "Bogus"),
                "properties.ingressProfiles['default'].visibility", "The provided visibility 'Bogus' is invalid."));
        t.add(bad("ingress IP", null, set("properties/ingressProfiles/0/ip", "300.1.1.1"),
                "properties.ingressProfiles['default'].ip", "The provided IP '300.1.1.1' is invalid."));
        return t;
    }
}
