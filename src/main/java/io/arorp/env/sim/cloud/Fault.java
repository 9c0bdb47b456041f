package io.arorp.env.sim.cloud;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Duration;
import java.util.Locale;

/**
 * A fault to inject into simulated cloud operations: an error (ARM status, code, message), an extra delay, or a hold
 * that blocks the call until the fault is removed. Lets tests (and a person in dev) make any step fail or stall.
 *
 * @param operation the operation name ({@code resourceGroups.createOrUpdate}, ...) or {@code *}
 * @param match     a case-insensitive substring of the resource id the call is about; null or empty matches all
 * @param status    the HTTP status of the injected error; 0 for no error
 * @param code      the ARM error code
 * @param message   the ARM error message
 * @param delay     time added to the call before it answers (null for none)
 * @param hold      block the call until the fault is removed (or the calling thread is interrupted)
 * @param times     how many calls it hits; 0 or negative for every call until removed
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Fault(String operation, String match, int status, String code, String message, Duration delay,
        boolean hold, int times) {
    public Fault {
        if (operation == null || operation.isBlank()) {
            throw new IllegalArgumentException("a fault needs an operation (or *)");
        }
        if (status != 0 && (status < 400 || status > 599 || code == null)) {
            throw new IllegalArgumentException("an error fault needs a 4xx/5xx status and a code");
        }
    }

    /** A fault that fails the next matching call with this ARM error. */
    public static Fault error(String operation, String match, int status, String code, String message) {
        return new Fault(operation, match, status, code, message, null, false, 1);
    }

    /** A fault that blocks every matching call until it is removed. */
    public static Fault holding(String operation, String match) {
        return new Fault(operation, match, 0, null, null, null, true, 0);
    }

    boolean matches(String op, String resourceId) {
        boolean opMatches = operation.equals("*") || operation.equalsIgnoreCase(op);
        return opMatches && (match == null || match.isEmpty()
                || (resourceId != null && resourceId.toLowerCase(Locale.ROOT).contains(match.toLowerCase(Locale.ROOT))));
    }
}
