package io.arorp.api.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MaintenanceCalendarTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "OK", value = {
        "*-*-* 00:00:00|OK",
        "Mon,Fri *-*-* 01:30:00|OK",
        "2027-1,6-1,15 0,12:0:0|OK",
        "every day|failed to match 'every day'",
        "2025-*-* 00:00:00|error parsing year: 2025 is out of range (before 2026)",
        "*-0-* 00:00:00|error parsing month: 0 is out of range",
        "*-*-32 00:00:00|error parsing day: 32 is out of range",
        "*-*-* 24:00:00|error parsing hour: 24 is out of range",
        "*-*-* 00:60:00|error parsing minute: 60 is out of range",
        "*-*-* 00:00:60|error parsing seconds: 60 is out of range",
        "*-*-1,,2 00:00:00|error parsing day: strconv.Atoi: parsing \"\": invalid syntax"})
    void calendars(String calendar, String error) {
        assertEquals(error, MaintenanceCalendar.calendarError(calendar));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "OK", value = {
        "24h|OK", "1h30m|OK", "1.5h|OK", "300ms|OK", "0|OK", "-2m|OK",
        "1|missing unit in duration \"1\"",
        "1d|invalid duration \"1d\"",
        "h|invalid duration \"h\""})
    void durations(String duration, String error) {
        assertEquals(error, MaintenanceCalendar.durationError(duration));
    }
}
