package io.arorp.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class OpenShiftClusterJsonTest {
    private final ObjectMapper mapper = PlainSecretModule.mapper();

    private static final String DOC = """
            {"id":"/subscriptions/s/resourceGroups/rg/providers/Microsoft.RedHatOpenShift/openShiftClusters/c",
             "name":"c","location":"eastus","futureTopLevel":{"a":[1,2.5,"x"]},
             "managedServiceIdentity":{"type":"UserAssigned","identityURL":"https://id","userAssignedIdentities":
               {"/subscriptions/s/x":{"clientId":"c1","principalId":"p1","futureUai":true}}},
             "properties":{"provisioningState":"AdminUpdating","maintenanceTask":"SyncClusterObject",
               "maintenanceState":"Planned","architectureVersion":1,"install":{"now":"2024-01-02T03:04:05Z","phase":1},
               "clusterProfile":{"pullSecret":"{\\"auths\\":{}}","domain":"d","futureCp":"keep",
                 "boundServiceAccountSigningKey":"KEY"},
               "networkProfile":{"podCidr":"10.128.0.0/14","mtuSize":3900,"outboundType":"UserDefinedRouting",
                 "loadBalancerProfile":{"managedOutboundIps":{"count":2},"futureLb":1}},
               "workerProfiles":[{"name":"worker","count":3,"futureWp":"w"}],
               "operatorFlags":{"aro.x":"true"},"kubeadminPassword":"pw","futureProps":null}}
            """;

    @Test
    void unknownFieldsAtEveryLevelSurviveAReadModifyWrite() throws Exception {
        OpenShiftCluster oc = mapper.readValue(DOC, OpenShiftCluster.class);
        oc.getProperties().setProvisioningState(ProvisioningState.SUCCEEDED);
        JsonNode written = mapper.valueToTree(oc);

        JsonNode expected = mapper.readTree(DOC);
        ((com.fasterxml.jackson.databind.node.ObjectNode) expected.get("properties")).put("provisioningState",
                "Succeeded");
        assertEquals(expected, written);
    }

    @Test
    void internalEnumsAndSecretsReadAsTypedValues() throws Exception {
        OpenShiftCluster oc = mapper.readValue(DOC, OpenShiftCluster.class);
        OpenShiftClusterProperties p = oc.getProperties();
        assertEquals(ProvisioningState.ADMIN_UPDATING, p.getProvisioningState());
        assertTrue(p.getMaintenanceTask().isOngoing());
        assertEquals(InstallPhase.REMOVE_BOOTSTRAP, p.getInstall().getPhase());
        assertEquals(ManagedServiceIdentityType.USER_ASSIGNED, oc.getIdentity().getType());
        assertEquals("pw", p.getKubeadminPassword().reveal());
        assertEquals("[REDACTED]", p.getClusterProfile().getPullSecret().toString());
        assertEquals(OutboundType.USER_DEFINED_ROUTING, p.getNetworkProfile().getOutboundType());
    }
}
