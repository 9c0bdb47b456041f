package io.arorp.api.admin;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The MIMO scheduler's calendar syntax ({@code [Mon,Tue ]YYYY-MM-DD hh:mm:ss}, each field {@code *} or a comma list)
 * and Go duration strings ({@code 24h}, {@code 1h30m}) for {@code scheduleAcross}. Only validated here, with the
 * original's messages, so a schedule the scheduler could not read is refused when it is written.
 */
public final class MaintenanceCalendar {
    private static final Pattern CALENDAR = Pattern.compile("(?:((?:Sun|Mon|Tue|Wed|Thu|Fri|Sat|,)+) )?"
            + "([0-9,*]+)-([0-9,*]+)-([0-9,*]+) ([0-9,*]+):([0-9,*]+):([0-9,*]+)");
    private static final String[] NAMES = {"year", "month", "day", "hour", "minute", "seconds"};
    private static final int[][] RANGES = {{2026, Integer.MAX_VALUE}, {1, 12}, {1, 31}, {0, 23}, {0, 59}, {0, 59}};
    private static final Pattern DURATION = Pattern.compile("[-+]?(?:(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:ns|us|µs|ms|s|m|h))+");
    private static final Pattern NUMBER = Pattern.compile("[-+]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)");

    private MaintenanceCalendar() {
    }

    /** Null when {@code s} is a valid calendar, else why not. */
    public static String calendarError(String s) {
        Matcher m = CALENDAR.matcher(s);
        if (!m.find()) {
            return "failed to match '" + s + "'";
        }
        for (int i = 0; i < NAMES.length; i++) {
            String field = m.group(i + 2);
            if ("*".equals(field)) {
                continue;
            }
            for (String part : field.split(",", -1)) {
                String error = fieldError(NAMES[i], part, RANGES[i]);
                if (error != null) {
                    return error;
                }
            }
        }
        return null;
    }

    private static String fieldError(String name, String part, int[] range) {
        int v;
        try {
            v = Integer.parseInt(part);
        } catch (NumberFormatException e) {
            return "error parsing " + name + ": strconv.Atoi: parsing \"" + part + "\": invalid syntax";
        }
        if (range[0] == 2026 && v < 2026) {
            return "error parsing year: " + v + " is out of range (before 2026)";
        }
        return v < range[0] || v > range[1] ? "error parsing " + name + ": " + v + " is out of range" : null;
    }

    /** Null when {@code s} parses as a Go {@code time.Duration}, else Go's reason. */
    public static String durationError(String s) {
        if (DURATION.matcher(s).matches() || "0".equals(s) || "+0".equals(s) || "-0".equals(s)) {
            return null;
        }
        if (NUMBER.matcher(s).matches()) {
            return "missing unit in duration \"" + s + "\"";
        }
        return "invalid duration \"" + s + "\"";
    }
}
