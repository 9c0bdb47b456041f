package io.arorp.api.validate;

import static io.arorp.api.validate.Fixtures.CTX;
import static io.arorp.api.validate.Fixtures.ID;
import static io.arorp.api.validate.Fixtures.json;
import static io.arorp.api.validate.Fixtures.set;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.arorp.api.CloudException;
import io.arorp.api.OpenShiftCluster;
import io.arorp.api.admin.AdminApiVersion;
import io.arorp.api.v20220401.Version20220401;
import io.arorp.api.v20240812preview.Version20240812preview;
import io.arorp.api.v20250725.Version20250725;
import io.arorp.api.version.ApiVersion;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Updates: every field is immutable unless the version marks it mutable; admin rules. */
class UpdateRulesTest {
    private static final String NOT_ALLOWED = "PropertyChangeNotAllowed";
    private static final ApiVersion GA = new Version20250725();
    private static final ApiVersion PREVIEW = new Version20240812preview();
    private static final ApiVersion OLD = new Version20220401();
    private static final ApiVersion ADMIN = new AdminApiVersion();

    static Stream<Arguments> cases() {
        return Stream.of(
                // allowed changes
                of(GA, false, "tags", set("tags", json("{\"a\":\"b\"}")), null, null),
                of(OLD, false, "tags", set("tags", json("{\"a\":\"b\"}")), null, null),
                of(GA, false, "client id", set("properties/servicePrincipalProfile/clientId",
                        "88888888-8888-8888-8888-888888888888"), null, null),
                of(OLD, false, "client secret", set("properties/servicePrincipalProfile/clientSecret", "new"), null,
                        null),
                of(GA, false, "managed outbound IPs", set("properties/networkProfile/loadBalancerProfile/"
                        + "managedOutboundIps/count", 5), null, null),
                of(GA, false, "id case", set("id", ID.toUpperCase()), null, null),
                of(GA, true, "add an operator identity", set("properties/platformWorkloadIdentityProfile/"
                        + "platformWorkloadIdentities/Ingress", json("{\"resourceId\":\"/subscriptions/"
                                + Fixtures.SUB + "/resourceGroups/rg/providers/Microsoft.ManagedIdentity/"
                                + "userAssignedIdentities/ingress\"}")), null, null),
                of(PREVIEW, true, "upgradeableTo", set("properties/platformWorkloadIdentityProfile/upgradeableTo",
                        "4.16.1"), null, null),
                of(GA, false, "read-only ingress IP is ignored", set("properties/ingressProfiles/0/ip", "5.6.7.8"),
                        null, null),
                of(GA, false, "domain with a leading digit stays valid", x -> {
                }, null, null),
                // immutable fields
                of(GA, false, "domain", set("properties/clusterProfile/domain", "other.location.aroapp.io"),
                        NOT_ALLOWED, "properties.clusterProfile.domain"),
                of(OLD, false, "domain", set("properties/clusterProfile/domain", "other.location.aroapp.io"),
                        NOT_ALLOWED, "properties.clusterProfile.domain"),
                of(GA, false, "worker count", set("properties/workerProfiles/0/count", 4), NOT_ALLOWED,
                        "properties.workerProfiles['worker'].count"),
                of(OLD, false, "worker count", set("properties/workerProfiles/0/count", 4), NOT_ALLOWED,
                        "properties.workerProfiles['worker'].count"),
                of(GA, false, "pull secret", set("properties/clusterProfile/pullSecret", "{}"), NOT_ALLOWED,
                        "properties.clusterProfile.pullSecret"),
                of(GA, false, "provisioning state", set("properties/provisioningState", "Failed"), NOT_ALLOWED,
                        "properties.provisioningState"),
                of(GA, false, "pod CIDR", set("properties/networkProfile/podCidr", "10.0.0.0/14"), NOT_ALLOWED,
                        "properties.networkProfile.podCidr"),
                of(GA, false, "master size", set("properties/masterProfile/vmSize", "Standard_D16s_v3"),
                        NOT_ALLOWED, "properties.masterProfile.vmSize"),
                of(OLD, false, "ingress IP is not read-only in 2022-04-01", set("properties/ingressProfiles/0/ip",
                        "5.6.7.8"), NOT_ALLOWED, "properties.ingressProfiles['default'].ip"),
                of(PREVIEW, true, "cluster identity type", set("identity/type", "SystemAssigned,UserAssigned"),
                        NOT_ALLOWED, "identity.type"),
                of(GA, false, "tags are replaced, so removing all of them is a change", set("tags", json("{}")),
                        null, null),
                of(GA, true, "remove an operator identity", set("properties/platformWorkloadIdentityProfile/"
                        + "platformWorkloadIdentities", json("{\"Other\":{\"resourceId\":\"/subscriptions/"
                                + Fixtures.SUB + "/resourceGroups/rg/providers/Microsoft.ManagedIdentity/"
                                + "userAssignedIdentities/other\"}}")), NOT_ALLOWED,
                        "properties.platformWorkloadIdentityProfile.platformWorkloadIdentities"),
                // admin
                of(ADMIN, false, "maintenance task", set("properties/maintenanceTask", "Everything"), null, null),
                of(ADMIN, false, "operator flags", set("properties/operatorFlags", json("{\"x\":\"y\"}")), null,
                        null),
                of(ADMIN, false, "outbound type", set("properties/networkProfile/outboundType",
                        "UserDefinedRouting"), null, null),
                of(ADMIN, false, "gateway", set("properties/featureProfile/gatewayEnabled", true), null, null),
                of(ADMIN, false, "merge strategy", set("operatorFlagsMergeStrategy", "reset"), null, null),
                of(ADMIN, false, "domain", set("properties/clusterProfile/domain", "x.example.com"), NOT_ALLOWED,
                        "properties.clusterProfile.domain"),
                of(ADMIN, false, "worker count", set("properties/workerProfiles/0/count", 9), NOT_ALLOWED,
                        "properties.workerProfiles['worker'].count"),
                of(ADMIN, false, "unknown maintenance task", set("properties/maintenanceTask", "Bogus"),
                        "InvalidParameter", "properties.maintenanceTask"));
    }

    private static Arguments of(ApiVersion v, boolean wi, String label, Consumer<ObjectNode> edit, String code,
            String target) {
        return Arguments.of(v, label, wi, edit, code, target);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("cases")
    void update(ApiVersion v, String label, boolean wi, Consumer<ObjectNode> edit, String code, String target) {
        OpenShiftCluster current = Fixtures.valid(wi);
        if (label.startsWith("domain with a leading digit")) {
            current.getProperties().getClusterProfile().setDomain("1cluster.example.com");
        }
        // a PATCH merges maps, so only a PUT (a whole body, no base) can drop an operator identity
        Object request = label.startsWith("remove") ? Fixtures.create(v, wi, edit)
                : Fixtures.update(v, current, edit);
        if (code == null) {
            assertDoesNotThrow(() -> v.clusterValidator().validate(request, current, CTX));
            return;
        }
        CloudException e = assertThrows(CloudException.class,
                () -> v.clusterValidator().validate(request, current, CTX));
        String message = code.equals(NOT_ALLOWED)
                ? target.endsWith("platformWorkloadIdentities")
                        ? "Operator identity cannot be removed or have its name changed."
                        : "Changing property '" + target + "' is not allowed."
                : "Invalid enum parameter.";
        assertAll(() -> assertEquals(400, e.status()), () -> assertEquals(code, e.code()),
                () -> assertEquals(target, e.target()), () -> assertEquals(message, e.getMessage()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("customer")
    void managedOutboundIpsMustStayOneOnTheFirstArchitecture(ApiVersion v) {
        OpenShiftCluster current = Fixtures.valid(false);
        current.getProperties().setArchitectureVersion(0);
        Object request = Fixtures.update(v, current,
                set("properties/networkProfile/loadBalancerProfile/managedOutboundIps/count", 2));
        CloudException e = assertThrows(CloudException.class,
                () -> v.clusterValidator().validate(request, current, CTX));
        assertEquals("properties.networkProfile.loadBalancerProfile.managedOutboundIps.count", e.target());
        assertEquals("The provided managedOutboundIps.count 2 is invalid: managedOutboundIps.count must be 1, "
                + "multiple IPs are not supported for this cluster's network architecture.", e.getMessage());
    }

    static List<ApiVersion> customer() {
        return List.of(GA, PREVIEW);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("customer")
    void joinRangesAreAllowedOnUpdateForMigratedClusters(ApiVersion v) {
        OpenShiftCluster current = Fixtures.valid(false);
        current.getProperties().getNetworkProfile().setPodCidr("100.64.0.0/14");
        assertDoesNotThrow(() -> v.clusterValidator().validate(Fixtures.update(v, current, x -> {
        }), current, CTX));
    }

    @org.junit.jupiter.api.Test
    void adminCannotCreate() {
        CloudException e = assertThrows(CloudException.class, () -> ADMIN.clusterValidator().validate(
                ADMIN.clusters().toExternal(Fixtures.valid(false)), null, CTX));
        assertEquals("RequestNotAllowed", e.code());
        assertEquals("Admin API does not allow cluster creation.", e.getMessage());
    }
}
