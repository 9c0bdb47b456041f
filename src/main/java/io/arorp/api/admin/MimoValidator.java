package io.arorp.api.admin;

import static io.arorp.api.admin.CatalogValidator.blank;
import static io.arorp.api.admin.CatalogValidator.invalid;

import io.arorp.api.CloudException;
import io.arorp.api.MimoTasks;
import io.arorp.api.admin.MimoTypes.MaintenanceManifest;
import io.arorp.api.admin.MimoTypes.MaintenanceSchedule;
import io.arorp.api.admin.MimoTypes.MaintenanceScheduleSelector;
import java.util.List;
import java.util.Objects;

/**
 * Static checks of MIMO manifests and schedules, with the original's targets and messages. Beyond the original, a
 * task id must name a task the RP knows and a manifest's window must not end before it starts: either would leave a
 * manifest no actuator could ever run.
 */
public final class MimoValidator {
    private static final String REQUIRED = "Must be provided";
    private static final List<String> OPERATORS = List.of("eq", "in", "notin");
    private static final List<String> STATES = List.of("Enabled", "Disabled");

    private MimoValidator() {
    }

    /** A manifest about to be created, defaults (runAfter, runBefore) already applied. */
    public static void manifest(MaintenanceManifest m) {
        task(m.maintenanceTaskID());
        if (m.runAfter() == null || m.runAfter() == 0) {
            throw invalid("runAfter", REQUIRED);
        }
        if (m.runBefore() == null || m.runBefore() == 0) {
            throw invalid("runBefore", REQUIRED);
        }
        if (m.runBefore() <= m.runAfter()) {
            throw invalid("runBefore", "Must be after runAfter");
        }
    }

    /** A schedule to create ({@code current} null) or to replace {@code current}. */
    public static void schedule(MaintenanceSchedule s, MaintenanceSchedule current) {
        task(s.maintenanceTaskID());
        if (s.lookForwardCount() != null && s.lookForwardCount() < 0) {
            throw invalid("LookForwardCount", "Must be above 0");
        }
        if (blank(s.schedule())) {
            throw invalid("schedule", REQUIRED);
        }
        if (blank(s.scheduleAcross())) {
            throw invalid("scheduleAcross", REQUIRED);
        }
        String duration = MaintenanceCalendar.durationError(s.scheduleAcross());
        if (duration != null) {
            throw invalid("scheduleAcross", "Must be a valid time.Duration: " + duration);
        }
        selectors(s.selectors());
        if (s.state() != null && !STATES.contains(s.state())) {
            throw invalid("state", "Must be one of ['Enabled', 'Disabled']");
        }
        String calendar = MaintenanceCalendar.calendarError(s.schedule());
        if (calendar != null) {
            throw invalid("schedule", calendar);
        }
        if (current != null && !Objects.equals(current.maintenanceTaskID(), s.maintenanceTaskID())) {
            throw new CloudException(400, "PropertyChangeNotAllowed", "maintenanceTaskID",
                    "Changing property 'maintenanceTaskID' is not allowed.");
        }
    }

    private static void task(String taskId) {
        if (blank(taskId)) {
            throw invalid("maintenanceTaskID", REQUIRED);
        }
        if (!MimoTasks.isKnown(taskId)) {
            throw invalid("maintenanceTaskID", "'" + taskId + "' is not a known maintenance task.");
        }
    }

    private static void selectors(List<MaintenanceScheduleSelector> selectors) {
        if (selectors == null || selectors.isEmpty()) {
            throw invalid("selectors", REQUIRED);
        }
        for (int i = 0; i < selectors.size(); i++) {
            MaintenanceScheduleSelector s = selectors.get(i);
            String at = "selectors[" + i + "].";
            String op = s == null ? null : s.operator();
            if (!OPERATORS.contains(op)) {
                throw invalid(at + "operator", "Must be one of ['eq', 'in', 'notin']");
            }
            boolean list = !"eq".equals(op);
            boolean hasValues = s.values() != null && !s.values().isEmpty();
            boolean hasValue = !(s.value() == null || s.value().isEmpty());
            if (list && !hasValues) {
                throw invalid(at + "values", "Must be provided for operator type '" + op + "'");
            }
            if (list && hasValue) {
                throw invalid(at + "value", "Must not be provided for operator type '" + op + "'");
            }
            if (!list && !hasValue) {
                throw invalid(at + "value", "Must be provided for operator type '" + op + "'");
            }
            if (!list && hasValues) {
                throw invalid(at + "values", "Must not be provided for operator type '" + op + "'");
            }
        }
    }
}
