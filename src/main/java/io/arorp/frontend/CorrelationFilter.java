package io.arorp.frontend;

import io.arorp.env.Ids;
import io.arorp.util.log.Correlation;
import io.arorp.util.log.LogContext;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import io.arorp.frontend.filter.FilterPriorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * First filter of every request, like the original's Log middleware: mints the request id, reads ARM's correlation
 * headers, puts them on every log record of the request, answers {@code X-Ms-Request-Id} always and echoes the client
 * request id when asked to, and writes one structured access record per request.
 */
@Provider
@ApplicationScoped
@PreMatching
@Priority(FilterPriorities.CORRELATION)
public class CorrelationFilter implements ContainerRequestFilter, ContainerResponseFilter {
    public static final String REQUEST_ID = "X-Ms-Request-Id";
    public static final String CORRELATION_REQUEST_ID = "X-Ms-Correlation-Request-Id";
    public static final String CLIENT_REQUEST_ID = "X-Ms-Client-Request-Id";
    public static final String RETURN_CLIENT_REQUEST_ID = "X-Ms-Return-Client-Request-Id";
    static final String PROPERTY = Correlation.class.getName();
    private static final String STARTED = CorrelationFilter.class.getName() + ".started";
    private static final Logger ACCESS = Logger.getLogger("io.arorp.frontend.access");

    // Field injection: RESTEasy instantiates providers through their public no-arg constructor.
    @Inject
    Ids ids;

    @Override
    public void filter(ContainerRequestContext request) {
        Correlation correlation = new Correlation(ids.newId(),
                request.getHeaderString(CORRELATION_REQUEST_ID),
                request.getHeaderString(CLIENT_REQUEST_ID));
        request.setProperty(PROPERTY, correlation);
        request.setProperty(STARTED, System.nanoTime());
        LogContext.set(correlation);
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        Correlation correlation = (Correlation) request.getProperty(PROPERTY);
        if (correlation == null) {
            return; // the request failed before matching; nothing was minted
        }
        response.getHeaders().putSingle(REQUEST_ID, correlation.requestId());
        if ("true".equalsIgnoreCase(request.getHeaderString(RETURN_CLIENT_REQUEST_ID))
                && correlation.clientRequestId() != null) {
            response.getHeaders().putSingle(CLIENT_REQUEST_ID, correlation.clientRequestId());
        }
        String path = request.getUriInfo().getRequestUri().getRawPath();
        if (!"/healthz/ready".equals(path)) { // probes every few seconds would drown the access log, as in the original
            long micros = (System.nanoTime() - (Long) request.getProperty(STARTED)) / 1_000;
            ACCESS.log(Level.INFO, "{0} {1} {2} {3}us",
                    new Object[] {request.getMethod(), path, response.getStatus(), micros});
        }
        LogContext.clear();
    }
}
