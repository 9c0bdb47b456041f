package io.arorp.frontend.admin;

import static io.arorp.frontend.admin.AdminClusterManifestsTest.TASK;
import static io.arorp.frontend.admin.AdminClusterManifestsTest.assertError;
import static io.arorp.frontend.admin.AdminClusterManifestsTest.assertInvalid;
import static io.arorp.frontend.admin.AdminFixture.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.arorp.api.ProvisioningState;
import io.arorp.api.admin.MimoTypes.MaintenanceManifest;
import io.arorp.api.admin.MimoTypes.MaintenanceManifestList;
import io.arorp.api.admin.MimoTypes.MaintenanceSchedule;
import io.arorp.api.admin.MimoTypes.MaintenanceScheduleList;
import io.arorp.frontend.action.ArmResult;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AdminMaintenanceSchedulesTest {
    static final String SCHEDULE = "{\"maintenanceTaskID\":\"" + TASK + "\",\"state\":\"Enabled\","
            + "\"schedule\":\"Mon *-*-* 01:00:00\",\"scheduleAcross\":\"24h\",\"lookForwardCount\":2,"
            + "\"selectors\":[{\"key\":\"subscriptionState\",\"operator\":\"in\",\"values\":[\"Registered\"]}]";

    @TempDir
    Path dir;
    AdminFixture f;
    AdminMaintenanceSchedules schedules;
    AdminQueuedManifests queue;

    @BeforeEach
    void setUp() {
        f = new AdminFixture(dir);
        schedules = new AdminMaintenanceSchedules(f.schedules, f.ids);
        queue = new AdminQueuedManifests(f.manifests, f.skipTokens);
    }

    @AfterEach
    void tearDown() {
        f.close();
    }

    @Test
    void createGetListAndReplace() {
        ArmResult created = schedules.put(json(SCHEDULE + "}"));
        assertEquals(201, created.status());
        MaintenanceSchedule s = (MaintenanceSchedule) created.body();
        assertEquals(s, schedules.get(s.id()).body());
        ArmResult replaced = schedules.put(json(SCHEDULE.replace("Enabled", "Disabled") + ",\"id\":\"" + s.id()
                + "\"}"));
        assertEquals(200, replaced.status());
        assertEquals("Disabled", ((MaintenanceSchedule) replaced.body()).state());
        assertEquals(1, ((MaintenanceScheduleList) schedules.list().body()).value().size());

        ArmResult fixedId = schedules.put(json(SCHEDULE + ",\"id\":\"MY-Schedule\"}"));
        assertEquals(201, fixedId.status(), "an unknown id creates the schedule under that id");
        assertEquals("my-schedule", ((MaintenanceSchedule) schedules.get("my-schedule").body()).id());
        assertError(() -> schedules.get("missing"), 404, "NotFound", "schedule not found: missing");
    }

    @Test
    void theTaskOfASchedulerCannotChange() {
        String id = ((MaintenanceSchedule) schedules.put(json(SCHEDULE + "}")).body()).id();
        assertError(() -> schedules.put(json(SCHEDULE.replace(TASK, "9b741734-6505-447f-8510-85eb0ae561a2")
                + ",\"id\":\"" + id + "\"}")), 400, "PropertyChangeNotAllowed",
                "Changing property 'maintenanceTaskID' is not allowed.");
    }

    @Test
    void validatesLikeTheScheduler() {
        assertInvalid(() -> schedules.put(json(SCHEDULE.replace("24h", "1 day") + "}")), "scheduleAcross",
                "Must be a valid time.Duration: invalid duration \"1 day\"");
        assertInvalid(() -> schedules.put(json(SCHEDULE.replace("Mon *-*-* 01:00:00", "Mon *-13-* 01:00:00") + "}")),
                "schedule", "error parsing month: 13 is out of range");
        assertInvalid(() -> schedules.put(json(SCHEDULE.replace("\"in\"", "\"like\"") + "}")),
                "selectors[0].operator", "Must be one of ['eq', 'in', 'notin']");
        assertInvalid(() -> schedules.put(json(SCHEDULE.replace("\"in\"", "\"eq\"") + "}")), "selectors[0].value",
                "Must be provided for operator type 'eq'");
        assertInvalid(() -> schedules.put(json(SCHEDULE.replace("\"lookForwardCount\":2", "\"lookForwardCount\":-1")
                + "}")), "LookForwardCount", "Must be above 0");
        assertInvalid(() -> schedules.put(json(SCHEDULE.replace("Enabled", "Paused") + "}")), "state",
                "Must be one of ['Enabled', 'Disabled']");
        assertTrue(f.schedules.listAll().isEmpty());
    }

    @Test
    void cancellingAScheduleCancelsOnlyItsPendingManifests() {
        String c1 = f.cluster("c1", ProvisioningState.SUCCEEDED);
        String c2 = f.cluster("c2", ProvisioningState.SUCCEEDED);
        AdminClusterManifests manifests = new AdminClusterManifests(f.clusters, f.manifests, f.skipTokens, f.ids,
                f.clock);
        String mine = "{\"maintenanceTaskID\":\"" + TASK + "\",\"createdBySchedule\":\"s1\"}";
        String a = id(manifests.create(c1, json(mine)));
        String b = id(manifests.create(c2, json(mine)));
        String other = id(manifests.create(c2, json("{\"maintenanceTaskID\":\"" + TASK + "\"}")));
        manifests.cancel(c2, b);
        assertEquals(2, ((MaintenanceManifestList) queue.queued(null, null, null).body()).value().size(),
                "two pending in the queue before");

        MaintenanceManifestList cancelled = (MaintenanceManifestList) queue.cancelBySchedule("s1").body();
        assertEquals(1, cancelled.value().size());
        assertEquals(a, cancelled.value().get(0).id());
        assertEquals(c1.toLowerCase(), cancelled.value().get(0).clusterResourceID());
        MaintenanceManifestList left = (MaintenanceManifestList) queue.queued("10", null, null).body();
        assertEquals(1, left.value().size());
        assertEquals(other, left.value().get(0).id());
        assertInvalid(() -> queue.cancelBySchedule(""), "scheduleID", "Must be provided");
    }

    private static String id(ArmResult created) {
        return ((MaintenanceManifest) created.body()).id();
    }
}
