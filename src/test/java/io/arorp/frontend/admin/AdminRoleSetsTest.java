package io.arorp.frontend.admin;

import static io.arorp.frontend.admin.AdminFixture.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.arorp.api.CloudException;
import io.arorp.api.admin.Types;
import io.arorp.frontend.action.ArmResult;
import io.arorp.frontend.cache.RoleSetCache;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AdminRoleSetsTest {
    private static final String ROLE = "{\"operatorName\":\"%s\",\"roleDefinitionName\":\"Role\","
            + "\"roleDefinitionId\":\"/providers/Microsoft.Authorization/roleDefinitions/1\"}";

    @TempDir
    Path dir;
    AdminFixture f;
    RoleSetCache cache;
    AdminRoleSets roleSets;

    @BeforeEach
    void setUp() {
        f = new AdminFixture(dir);
        cache = new RoleSetCache(f.roleSets);
        roleSets = new AdminRoleSets(f.roleSets, cache, f.admin, f.ids);
    }

    @AfterEach
    void tearDown() {
        f.close();
    }

    @Test
    void createsThenReplacesTheRolesOfAMinorVersion() {
        ArmResult created = roleSets.put(json(body("4.16", ROLE.formatted("ingress"))));
        assertEquals(201, created.status());
        assertEquals(1, cache.get("4.16").orElseThrow().getProperties().getPlatformWorkloadIdentityRoles().size());

        ArmResult replaced = roleSets.put(json(body("4.16", ROLE.formatted("ingress") + "," + ROLE.formatted("dns"))));
        assertEquals(200, replaced.status());
        Types.PlatformWorkloadIdentityRoleSet set = (Types.PlatformWorkloadIdentityRoleSet) replaced.body();
        assertEquals("dns", set.properties().platformWorkloadIdentityRoles().get(1).operatorName());
        assertEquals(2, cache.get("4.16").orElseThrow().getProperties().getPlatformWorkloadIdentityRoles().size());
        assertEquals(1, f.roleSets.listAll().size());
        assertEquals(1, ((Types.PlatformWorkloadIdentityRoleSetList) roleSets.list().body()).value().size());
    }

    @Test
    void requiredFieldsWithEveryRoleProblemInTheDetails() {
        CloudException noVersion = assertThrows(CloudException.class,
                () -> roleSets.put(json(body("", ROLE.formatted("x")))));
        assertEquals("properties.openShiftVersion", noVersion.target());
        CloudException noRoles = assertThrows(CloudException.class, () -> roleSets.put(json(body("4.16", ""))));
        assertEquals("properties.platformWorkloadIdentityRoles", noRoles.target());
        assertEquals("Must be provided and must be non-empty", noRoles.getMessage());

        CloudException roles = assertThrows(CloudException.class,
                () -> roleSets.put(json(body("4.16", "{\"operatorName\":\"a\"}"))));
        assertEquals(400, roles.status());
        assertEquals("properties.platformWorkloadIdentityRoles[0].roleDefinitionName", roles.target());
        assertEquals("Must be provided", roles.getMessage());
        assertEquals(2, roles.details().size());
        assertEquals("properties.platformWorkloadIdentityRoles[0].roleDefinitionId", roles.details().get(1).target());
    }

    private static String body(String minor, String roles) {
        return "{\"properties\":{\"openShiftVersion\":\"" + minor + "\",\"platformWorkloadIdentityRoles\":[" + roles
                + "]}}";
    }
}
