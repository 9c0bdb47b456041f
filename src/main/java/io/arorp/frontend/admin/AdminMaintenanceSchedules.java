package io.arorp.frontend.admin;

import io.arorp.api.admin.MimoTypes.MaintenanceSchedule;
import io.arorp.api.admin.MimoTypes.MaintenanceScheduleList;
import io.arorp.api.admin.MimoValidator;
import io.arorp.database.MaintenanceScheduleDocument;
import io.arorp.database.MaintenanceSchedules;
import io.arorp.env.Ids;
import io.arorp.frontend.action.ArmResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.Optional;

/**
 * MIMO maintenance schedules: list, read, and create or replace one. A PUT naming an existing id replaces that
 * schedule (its task may not change: manifests already queued name it); without an id, or with an unknown one, it
 * creates a schedule.
 */
@ApplicationScoped
public class AdminMaintenanceSchedules {
    private MaintenanceSchedules schedules;
    private Ids ids;

    @Inject
    public AdminMaintenanceSchedules(MaintenanceSchedules schedules, Ids ids) {
        this.schedules = schedules;
        this.ids = ids;
    }

    protected AdminMaintenanceSchedules() {
    }

    public ArmResult list() {
        return ArmResult.of(200, new MaintenanceScheduleList(
                schedules.listAll().stream().map(ScheduleViews::external).toList(), null));
    }

    public ArmResult get(String scheduleId) {
        return ArmResult.of(200, ScheduleViews.external(
                schedules.get(scheduleId).orElseThrow(() -> ScheduleViews.notFound(scheduleId))));
    }

    public ArmResult put(byte[] body) {
        MaintenanceSchedule read = AdminBodies.read(body, MaintenanceSchedule.class);
        // ids are lower-cased because routes match the lower-cased path: GET .../{scheduleId} must find it again
        MaintenanceSchedule ext = new MaintenanceSchedule(read.id() == null || read.id().isBlank() ? null
                : read.id().toLowerCase(Locale.ROOT), read.state(), read.maintenanceTaskID(), read.schedule(),
                read.lookForwardCount(), read.scheduleAcross(), read.selectors());
        Optional<MaintenanceScheduleDocument> existing = ext.id() == null ? Optional.empty()
                : schedules.get(ext.id());
        MimoValidator.schedule(ext, existing.map(ScheduleViews::external).orElse(null));
        if (existing.isPresent()) {
            MaintenanceScheduleDocument saved = schedules.patch(ext.id(),
                    d -> ScheduleViews.replace(d.getMaintenanceSchedule(), ext));
            return ArmResult.of(200, ScheduleViews.external(saved));
        }
        MaintenanceScheduleDocument doc = new MaintenanceScheduleDocument();
        doc.setId(ext.id() == null ? ids.newId() : ext.id());
        doc.setMaintenanceSchedule(ScheduleViews.internal(ext));
        return ArmResult.of(201, ScheduleViews.external(schedules.create(doc)));
    }
}
