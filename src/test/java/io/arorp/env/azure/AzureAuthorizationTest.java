package io.arorp.env.azure;

import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static io.arorp.env.azure.AzureStub.arm;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class AzureAuthorizationTest extends AzureStubTest {
    static final String VERSION = "2022-04-01";
    static final String VNET = SUB + "/resourceGroups/net/providers/Microsoft.Network/virtualNetworks/vnet";
    static final String ASSIGNMENTS = VNET + "/providers/Microsoft.Authorization/roleAssignments";
    static final String ROLE = SUB + "/providers/Microsoft.Authorization/roleDefinitions/4d97b98b-1d4f-4787-a291-"
            + "c67834d212e7";
    static final String SP = "55555555-0000-0000-0000-000000000005";

    @Test
    void reportsTheActionsNoAssignedRoleAllows() {
        azure.server.stubFor(get(arm(ASSIGNMENTS)).willReturn(json(200, "{\"value\":[" + assignment("a1", VNET)
                + "]}")));
        azure.server.stubFor(get(arm(ROLE)).willReturn(json(200, "{\"id\":\"" + ROLE + "\",\"properties\":{"
                + "\"permissions\":[{\"actions\":[\"Microsoft.Network/virtualNetworks/*\"],\"notActions\":["
                + "\"Microsoft.Network/virtualNetworks/write\"]}]}}")));

        List<String> missing = azure.cloud.authorization().missingPermissions(SP, VNET, List.of(
                "Microsoft.Network/virtualNetworks/join/action", "Microsoft.Network/virtualNetworks/read",
                "Microsoft.Network/virtualNetworks/write", "Microsoft.Network/routeTables/join/action"));

        assertEquals(List.of("Microsoft.Network/virtualNetworks/write", "Microsoft.Network/routeTables/join/action"),
                missing);
        azure.server.verify(getRequestedFor(arm(ASSIGNMENTS)).withQueryParam("api-version", equalTo(VERSION))
                .withQueryParam("$filter", equalTo("assignedTo('" + SP + "')"))
                .withHeader("Authorization", equalTo(CUSTOMER_TOKEN)));
    }

    @Test
    void makesAnAssignmentUnderANameDerivedFromItAndTakesAnExistingOneAsDone() {
        String name = AzureAuthorization.assignmentName(VNET, SP, ROLE);
        azure.server.stubFor(put(arm(ASSIGNMENTS + "/" + name)).willReturn(error(409, "RoleAssignmentExists",
                "The role assignment already exists.")));

        azure.cloud.authorization().ensureRoleAssignment(VNET, SP, ROLE);

        azure.server.verify(putRequestedFor(arm(ASSIGNMENTS + "/" + name))
                .withQueryParam("api-version", equalTo(VERSION))
                .withRequestBody(equalToJson("{\"properties\":{\"roleDefinitionId\":\"" + ROLE + "\",\"principalId\":\""
                        + SP + "\",\"principalType\":\"ServicePrincipal\"}}")));
    }

    @Test
    void deletesOnlyTheAssignmentsMadeAtTheScopeItself() {
        azure.server.stubFor(get(arm(ASSIGNMENTS)).willReturn(json(200, "{\"value\":[" + assignment("a1", VNET) + ","
                + assignment("inherited", SUB) + "]}")));
        azure.server.stubFor(delete(arm(ASSIGNMENTS + "/a1")).willReturn(json(200, assignment("a1", VNET))));

        azure.cloud.authorization().deleteRoleAssignments(VNET, SP);

        azure.server.verify(getRequestedFor(arm(ASSIGNMENTS)).withQueryParam("$filter",
                equalTo("principalId eq '" + SP + "'")));
        azure.server.verify(1, deleteRequestedFor(arm(ASSIGNMENTS + "/a1")));
        azure.server.verify(0, deleteRequestedFor(arm(SUB + "/providers/Microsoft.Authorization/roleAssignments/"
                + "inherited")));
    }

    @Test
    void aScopeThatIsGoneHasNoAssignmentsToDelete() {
        azure.server.stubFor(get(arm(ASSIGNMENTS)).willReturn(error(404, "ResourceGroupNotFound", "gone")));

        azure.cloud.authorization().deleteRoleAssignments(VNET, SP);

        azure.server.verify(0, deleteRequestedFor(arm(ASSIGNMENTS + "/a1")));
    }

    @Test
    void listsTheAssignmentsAtTheScopeAndDeletesOneById() {
        azure.server.stubFor(get(arm(ASSIGNMENTS)).willReturn(json(200, "{\"value\":[" + assignment("a1", VNET) + ","
                + assignment("inherited", SUB) + "]}")));
        azure.server.stubFor(delete(arm(ASSIGNMENTS + "/a1")).willReturn(json(200, assignment("a1", VNET))));

        var found = azure.cloud.authorization().roleAssignmentsAt(VNET);
        azure.cloud.authorization().deleteRoleAssignment(found.get(0).id());

        assertEquals(List.of(new io.arorp.env.cloud.Authorization.RoleAssignment(ASSIGNMENTS + "/a1", VNET, SP, ROLE)),
                found);
        azure.server.verify(getRequestedFor(arm(ASSIGNMENTS)).withQueryParam("$filter", equalTo("atScope()")));
        azure.server.verify(1, deleteRequestedFor(arm(ASSIGNMENTS + "/a1")));
    }

    static String assignment(String name, String scope) {
        return "{\"id\":\"" + scope + "/providers/Microsoft.Authorization/roleAssignments/" + name + "\",\"name\":\""
                + name + "\",\"properties\":{\"scope\":\"" + scope + "\",\"roleDefinitionId\":\"" + ROLE
                + "\",\"principalId\":\"" + SP + "\"}}";
    }
}
