package io.arorp.frontend.admin;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.arorp.api.CloudException;
import io.arorp.api.admin.MimoTypes.MaintenanceSchedule;
import io.arorp.database.MaintenanceScheduleDocument;
import java.util.List;

/** Converts stored schedules to the admin JSON and back; the document holds the id. */
final class ScheduleViews {
    private ScheduleViews() {
    }

    static MaintenanceSchedule external(MaintenanceScheduleDocument d) {
        MaintenanceSchedule s = AdminBodies.convert(d.getMaintenanceSchedule(), MaintenanceSchedule.class);
        return new MaintenanceSchedule(d.getId(), s.state(), s.maintenanceTaskID(), s.schedule(),
                s.lookForwardCount(), s.scheduleAcross(), s.selectors());
    }

    static ObjectNode internal(MaintenanceSchedule s) {
        return AdminBodies.tree(new MaintenanceSchedule(null, s.state(), s.maintenanceTaskID(), s.schedule(),
                s.lookForwardCount(), s.scheduleAcross(), s.selectors()));
    }

    /** Writes {@code s} over a stored schedule; fields this code does not know stay (a newer RP may have added them). */
    static void replace(ObjectNode stored, MaintenanceSchedule s) {
        stored.remove(List.of("state", "maintenanceTaskID", "schedule", "lookForwardCount", "scheduleAcross",
                "selectors"));
        stored.setAll(internal(s));
    }

    static CloudException notFound(String scheduleId) {
        return new CloudException(404, "NotFound", null, "schedule not found: " + scheduleId);
    }
}
