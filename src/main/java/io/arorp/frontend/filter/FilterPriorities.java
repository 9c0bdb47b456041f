package io.arorp.frontend.filter;

import jakarta.ws.rs.Priorities;

/** Order of the request filters, mirroring the original middleware chain (log → clean path → body → validate → auth). */
public final class FilterPriorities {
    public static final int CORRELATION = Priorities.AUTHENTICATION - 500;
    public static final int PATH = Priorities.AUTHENTICATION - 400;
    public static final int BODY = Priorities.AUTHENTICATION - 300;
    public static final int AUTHENTICATION = Priorities.AUTHENTICATION;
    public static final int VALIDATE = Priorities.AUTHORIZATION + 100;
    public static final int API_VERSION = Priorities.AUTHORIZATION + 200;

    private FilterPriorities() {
    }
}
