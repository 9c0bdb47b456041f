package io.arorp.frontend.error;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Anything unexpected (the original's "panic" middleware): logged with its stack and the request's correlation ids,
 * answered with a generic 500 so no internal detail reaches the customer.
 */
@Provider
@ApplicationScoped
public class UnhandledExceptionMapper implements ExceptionMapper<Throwable> {
    private static final Logger LOG = Logger.getLogger(UnhandledExceptionMapper.class.getName());

    @Inject
    CloudExceptionMapper cloud;

    @Override
    public Response toResponse(Throwable e) {
        LOG.log(Level.SEVERE, "unhandled exception", e);
        return cloud.toResponse(CloudErrors.internal());
    }
}
