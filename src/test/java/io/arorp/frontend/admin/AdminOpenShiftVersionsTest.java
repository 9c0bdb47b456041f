package io.arorp.frontend.admin;

import static io.arorp.frontend.admin.AdminFixture.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.arorp.api.CloudException;
import io.arorp.api.admin.Types;
import io.arorp.frontend.action.ArmResult;
import io.arorp.frontend.cache.OpenShiftVersionCache;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AdminOpenShiftVersionsTest {
    @TempDir
    Path dir;
    AdminFixture f;
    OpenShiftVersionCache cache;
    AdminOpenShiftVersions versions;

    @BeforeEach
    void setUp() {
        f = new AdminFixture(dir);
        cache = new OpenShiftVersionCache(f.versions);
        versions = new AdminOpenShiftVersions(f.versions, cache, f.admin, f.ids);
    }

    @AfterEach
    void tearDown() {
        f.close();
    }

    @Test
    void createsThenUpdatesAndTheCacheFollowsTheChangeFeed() {
        ArmResult created = versions.put(json("{\"properties\":{\"version\":\"4.16.30\",\"enabled\":true,"
                + "\"openShiftPullspec\":\"quay.io/r:1\",\"installerPullspec\":\"quay.io/i:1\"}}"));
        assertEquals(201, created.status());
        Types.OpenShiftVersion body = (Types.OpenShiftVersion) created.body();
        assertEquals("4.16.30", body.name());
        assertTrue(cache.isEnabled("4.16.30"), "the writer's cache read the change feed");
        OpenShiftVersionCache otherInstance = new OpenShiftVersionCache(f.versions);
        otherInstance.refresh();
        assertTrue(otherInstance.isEnabled("4.16.30"), "another instance's cache finds it on its next poll");

        ArmResult updated = versions.put(json("{\"properties\":{\"version\":\"4.16.30\",\"enabled\":false,"
                + "\"openShiftPullspec\":\"quay.io/r:2\",\"installerPullspec\":\"quay.io/i:2\"}}"));
        assertEquals(200, updated.status());
        assertEquals("quay.io/r:2", ((Types.OpenShiftVersion) updated.body()).properties().openShiftPullspec());
        assertFalse(cache.isEnabled("4.16.30"), "disabled versions leave the cache");
        assertEquals(1, f.versions.listAll().size(), "updated in place, not duplicated");
        assertEquals(1, ((Types.OpenShiftVersionList) versions.list().body()).value().size(),
                "the admin list shows disabled versions too");
    }

    @Test
    void everyPullspecAndTheVersionAreRequired() {
        assertInvalid("{\"properties\":{\"installerPullspec\":\"i\",\"openShiftPullspec\":\"o\"}}",
                "properties.version", "Must be provided");
        assertInvalid("{\"properties\":{\"version\":\"4.17.1\",\"openShiftPullspec\":\"o\"}}",
                "properties.installerPullspec", "Must be provided");
        assertInvalid("{\"properties\":{\"version\":\"4.17.1\",\"installerPullspec\":\"i\"}}",
                "properties.openShiftPullspec", "Must be provided");
        assertTrue(f.versions.listAll().isEmpty());
    }

    @Test
    void theDefaultVersionCannotBeDisabled() {
        versions.put(json("{\"properties\":{\"version\":\"4.15.1\",\"enabled\":true,\"default\":true,"
                + "\"openShiftPullspec\":\"o\",\"installerPullspec\":\"i\"}}"));
        assertInvalid("{\"properties\":{\"version\":\"4.15.1\",\"openShiftPullspec\":\"o\",\"installerPullspec\":\"i\"}}",
                "properties.enabled", "You cannot disable the default installation version.");
        assertTrue(cache.isEnabled("4.15.1"));
    }

    @Test
    void badBodiesAreInvalidRequestContent() {
        CloudException empty = assertThrows(CloudException.class, () -> versions.put(new byte[0]));
        assertEquals("The request content was invalid and could not be deserialized.", empty.getMessage());
        CloudException wrongType = assertThrows(CloudException.class,
                () -> versions.put(json("{\"properties\":{\"enabled\":[1]}}")));
        assertEquals("InvalidRequestContent", wrongType.code());
        assertTrue(wrongType.getMessage().startsWith("The request content could not be deserialized: "));
    }

    private void assertInvalid(String body, String target, String message) {
        CloudException e = assertThrows(CloudException.class, () -> versions.put(json(body)));
        assertEquals(400, e.status());
        assertEquals("InvalidParameter", e.code());
        assertEquals(target, e.target());
        assertEquals(message, e.getMessage());
    }
}
