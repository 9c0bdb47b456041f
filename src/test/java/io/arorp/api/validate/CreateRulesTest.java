package io.arorp.api.validate;

import static io.arorp.api.validate.Fixtures.CTX;
import static io.arorp.api.validate.Fixtures.ID;
import static io.arorp.api.validate.Fixtures.OTHER_SUB;
import static io.arorp.api.validate.Fixtures.SUB;
import static io.arorp.api.validate.Fixtures.VNET;
import static io.arorp.api.validate.Fixtures.json;
import static io.arorp.api.validate.Fixtures.set;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.arorp.api.CloudException;
import io.arorp.api.schema.Schema;
import io.arorp.api.v20220401.Version20220401;
import io.arorp.api.v20240812preview.Version20240812preview;
import io.arorp.api.v20250725.Version20250725;
import io.arorp.api.version.ApiVersion;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every create rule, valid and invalid, for the newest GA, the newest preview and an old GA version. */
class CreateRulesTest {
    private static final String P = "properties";
    private static final String NP = "properties/networkProfile/";
    private static final String MP = "properties/masterProfile/";
    private static final String WP = "properties/workerProfiles/0/";
    private static final String IP = "properties/ingressProfiles/0/";
    private static final String PWI = "properties/platformWorkloadIdentityProfile/platformWorkloadIdentities";
    private static final String MSI = "/subscriptions/" + SUB
            + "/resourceGroups/rg/providers/Microsoft.ManagedIdentity/userAssignedIdentities/";
    private static final String DES = "/subscriptions/" + SUB
            + "/resourceGroups/rg/providers/Microsoft.Compute/diskEncryptionSets/des";

    /** One rule case; {@code requires} is a field the version must have, {@code code} null means valid. */
    record Case(String label, String requires, boolean wi, Consumer<ObjectNode> edit, String code, String target,
            String message) {
        @Override
        public String toString() {
            return label;
        }
    }

    static Stream<Arguments> cases() {
        List<Arguments> out = new ArrayList<>();
        for (ApiVersion v : List.of(new Version20250725(), new Version20240812preview(), new Version20220401())) {
            for (Case c : table()) {
                boolean hasField = c.requires == null || Schema.find(v.clusters().externalType(),
                        c.requires.replace('/', '.')).isPresent();
                boolean hasIdentity = Schema.find(v.clusters().externalType(), "identity").isPresent();
                if (hasField && (!c.wi || hasIdentity)) {
                    out.add(Arguments.of(v, c));
                }
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("cases")
    void rule(ApiVersion v, Case c) {
        ValidationContext ctx = c.label.contains("D2s feature") ? CTX.withRequireD2sWorkers(true)
                : c.label.endsWith("on 4.19") ? CTX.withOpenShiftVersion("4.19.1") : CTX;
        Object request = Fixtures.create(v, c.wi, c.edit);
        if (c.code == null) {
            assertDoesNotThrow(() -> v.clusterValidator().validate(request, null, ctx));
            return;
        }
        CloudException e = assertThrows(CloudException.class,
                () -> v.clusterValidator().validate(request, null, ctx));
        assertAll(() -> assertEquals(400, e.status()), () -> assertEquals(c.code, e.code()),
                () -> assertEquals(c.target, e.target()), () -> assertEquals(c.message, e.getMessage()));
    }

    static Case ok(String label, String requires, Consumer<ObjectNode> edit) {
        return new Case(label, requires, false, edit, null, null, null);
    }

    static Case bad(String label, String requires, Consumer<ObjectNode> edit, String target, String msg) {
        return new Case(label, requires, false, edit, "InvalidParameter", target, msg);
    }

    private static Case wi(String label, Consumer<ObjectNode> edit, String code, String target, String msg) {
        return new Case(label, null, true, edit, code, target, msg);
    }

    static List<Case> table() {
        List<Case> t = new ArrayList<>();
        t.add(ok("valid service principal cluster", null, x -> {
        }));
        t.add(wi("valid workload identity cluster", x -> {
        }, null, null, null));
        t.add(new Case("id mismatch", null, false, set("id", ID + "x"), "MismatchingResourceID", "id",
                "The provided resource ID '" + ID + "x' did not match the name in the Url '" + ID + "'."));
        t.add(ok("id differs only in case", null, set("id", ID.toUpperCase())));
        t.add(new Case("name mismatch", null, false, set("name", "other"), "MismatchingResourceName", "name",
                "The provided resource name 'other' did not match the name in the Url 'resourceName'."));
        t.add(new Case("type mismatch", null, false, set("type", "Microsoft.Compute/virtualMachines"),
                "MismatchingResourceType", "type", "The provided resource type 'Microsoft.Compute/virtualMachines' "
                        + "did not match the name in the Url 'Microsoft.RedHatOpenShift/openShiftClusters'."));
        t.add(bad("location", null, set("location", "westus"), "location",
                "The provided location 'westus' is invalid."));
        t.addAll(NetworkCases.required());
        t.add(bad("provisioning state", null, set("properties/provisioningState", "Bogus"),
                "properties.provisioningState", "The provided provisioning state 'Bogus' is invalid."));
        t.add(bad("pull secret not JSON", null, set("properties/clusterProfile/pullSecret", "nope"),
                "properties.clusterProfile.pullSecret", "The provided pull secret is invalid."));
        t.add(bad("pull secret auths not objects", null, set("properties/clusterProfile/pullSecret",
                "{\"auths\":{\"r\":1}}"), "properties.clusterProfile.pullSecret",
                "The provided pull secret is invalid."));
        t.add(ok("pull secret with a registry", null, set("properties/clusterProfile/pullSecret",
                "{\"auths\":{\"registry.redhat.io\":{\"auth\":\"x\"}}}")));
        t.add(ok("empty pull secret", null, set("properties/clusterProfile/pullSecret", "")));
        for (String domain : List.of("Bad_Domain", "1cluster.example.com", "a.b.location.aroapp.io",
                "cluster.otherregion.aroapp.io", "")) {
            t.add(bad("domain " + domain, null, set("properties/clusterProfile/domain", domain),
                    "properties.clusterProfile.domain", "The provided domain '" + domain + "' is invalid."));
        }
        t.add(ok("custom domain", null, set("properties/clusterProfile/domain", "cluster.example.com")));
        String rg = "properties.clusterProfile.resourceGroupId";
        t.add(bad("resource group id", null, set("properties/clusterProfile/resourceGroupId", "/subscriptions/x"),
                rg, "The provided resource group '/subscriptions/x' is invalid."));
        String otherRg = "/subscriptions/" + OTHER_SUB + "/resourceGroups/clusterResourceGroup";
        t.add(bad("resource group in another subscription", null, set("properties/clusterProfile/resourceGroupId",
                otherRg), rg, "The provided resource group '" + otherRg
                        + "' is invalid: must be in same subscription as cluster."));
        String ownRg = "/subscriptions/" + SUB + "/resourceGroups/RESOURCEGROUP";
        t.add(bad("resource group of the cluster object", null, set("properties/clusterProfile/resourceGroupId",
                ownRg), rg, "The provided resource group '" + ownRg
                        + "' is invalid: must be different from resourceGroup of the OpenShift cluster object."));
        t.add(bad("fips", "properties/clusterProfile/fipsValidatedModules",
                set("properties/clusterProfile/fipsValidatedModules", "Maybe"),
                "properties.clusterProfile.fipsValidatedModules", "The provided value 'Maybe' is invalid."));
        t.add(bad("console URL", null, set("properties/consoleProfile/url", "http://[::1"),
                "properties.consoleProfile.url", "The provided console URL 'http://[::1' is invalid."));
        t.add(bad("client id", null, set("properties/servicePrincipalProfile/clientId", "nope"),
                "properties.servicePrincipalProfile.clientId", "The provided client ID 'nope' is invalid."));
        t.add(bad("client secret", null, set("properties/servicePrincipalProfile/clientSecret", ""),
                "properties.servicePrincipalProfile.clientSecret", "The provided client secret is invalid."));
        t.addAll(NetworkCases.cidrs());
        t.addAll(NetworkCases.outbound());
        t.addAll(MachineCases.master());
        t.addAll(MachineCases.workers());
        t.addAll(MachineCases.endpoints());
        t.addAll(identity());
        return t;
    }

    private static List<Case> identity() {
        String pwiPath = "properties.platformWorkloadIdentityProfile";
        return List.of(
                wi("service principal and identities together",
                        set("properties/servicePrincipalProfile/clientId", "99999999-9999-9999-9999-999999999999"),
                        "InvalidParameter", "properties.servicePrincipalProfile",
                        "Cannot use identities and service principal credentials at the same time."),
                wi("neither identity nor service principal", set("properties/platformWorkloadIdentityProfile", null),
                        "InvalidParameter", "properties.servicePrincipalProfile",
                        "Must provide either an identity or service principal credentials."),
                wi("cluster identity without operator identities",
                        set("properties/platformWorkloadIdentityProfile", null).andThen(
                                set("properties/servicePrincipalProfile/clientId", "99999999-9999-9999-9999-999999999999"))
                                .andThen(set("properties/servicePrincipalProfile/clientSecret", "s")),
                        "InvalidParameter", "identity",
                        "Cluster identity and platform workload identities require each other."),
                wi("two cluster identities", set("identity/userAssignedIdentities",
                        json("{\"" + MSI + "a\":{},\"" + MSI + "b\":{}}")), "InvalidParameter", "identity",
                        "The provided cluster identity is invalid; there should be exactly one."),
                wi("no operator identities", set(PWI, json("{}")), "InvalidParameter",
                        pwiPath + ".platformWorkloadIdentities",
                        "The set of platform workload identities cannot be empty."),
                wi("one identity for two operators", set(PWI, json("{\"a\":{\"resourceId\":\"" + MSI
                        + "x\"},\"b\":{\"resourceId\":\"" + MSI.toUpperCase() + "X\"}}")), "InvalidParameter",
                        pwiPath + ".PlatformWorkloadIdentities", "ResourceID " + (MSI + "x").toLowerCase()
                                + " used by multiple identities."),
                wi("malformed identity id", set(PWI, json("{\"a\":{\"resourceId\":\"nope\"}}")), "InvalidParameter",
                        pwiPath + ".PlatformWorkloadIdentities[a].resourceID", "ResourceID nope formatted incorrectly."),
                wi("empty operator name", set(PWI, json("{\"\":{\"resourceId\":\"" + MSI + "x\"}}")),
                        "InvalidParameter", pwiPath + ".PlatformWorkloadIdentities[].resourceID",
                        "Operator name is empty."),
                wi("identity of the wrong type", set(PWI, json("{\"a\":{\"resourceId\":\"" + DES + "\"}}")),
                        "InvalidParameter", pwiPath + ".PlatformWorkloadIdentities[a].resourceID",
                        "Resource must be a user assigned identity."),
                wi("upgradeableTo", set("properties/platformWorkloadIdentityProfile/upgradeableTo", "4.x"),
                        "InvalidParameter", pwiPath + ".UpgradeableTo[4.x]",
                        "UpgradeableTo must be a valid OpenShift version in the format 'x.y.z'."),
                wi("upgradeableTo semver", set("properties/platformWorkloadIdentityProfile/upgradeableTo",
                        "4.16.2"), null, null, null));
    }
}
