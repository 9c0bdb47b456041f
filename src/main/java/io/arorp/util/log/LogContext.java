package io.arorp.util.log;

import com.ibm.websphere.logging.hpel.LogRecordContext;

/**
 * Attaches correlation ids to every log record written on the current thread. Liberty's JSON log formatter emits
 * them as {@code ext_requestId}, {@code ext_correlationId}, {@code ext_clientRequestId} fields, so one query in the
 * log store finds every line of one ARM call.
 */
public final class LogContext {
    static final String REQUEST_ID = "requestId";
    static final String CORRELATION_ID = "correlationId";
    static final String CLIENT_REQUEST_ID = "clientRequestId";

    private LogContext() {
    }

    /** Sets the ids for the current thread; must be paired with {@link #clear()} in a finally block or filter. */
    public static void set(Correlation correlation) {
        put(REQUEST_ID, correlation.requestId());
        put(CORRELATION_ID, correlation.correlationId());
        put(CLIENT_REQUEST_ID, correlation.clientRequestId());
    }

    public static void clear() {
        LogRecordContext.removeExtension(REQUEST_ID);
        LogRecordContext.removeExtension(CORRELATION_ID);
        LogRecordContext.removeExtension(CLIENT_REQUEST_ID);
    }

    private static void put(String key, String value) {
        if (value == null || value.isEmpty()) {
            LogRecordContext.removeExtension(key);
        } else {
            LogRecordContext.addExtension(key, value);
        }
    }
}
