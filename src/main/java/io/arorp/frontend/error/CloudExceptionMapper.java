package io.arorp.frontend.error;

import io.arorp.api.CloudException;
import io.arorp.frontend.ArmJson;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/** The one place that writes ARM's {@code {"error": {...}}} body. */
@Provider
@ApplicationScoped
public class CloudExceptionMapper implements ExceptionMapper<CloudException> {
    private static final Logger LOG = Logger.getLogger(CloudExceptionMapper.class.getName());

    @Inject
    ArmJson json;

    @Override
    public Response toResponse(CloudException e) {
        if (e.status() >= 500) {
            LOG.log(Level.WARNING, "request failed: " + e, e);
        } else {
            LOG.info(() -> "request refused: " + e); // the customer's mistake: no stack trace needed
        }
        return Response.status(e.status())
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(json.write(Map.of("error", e.body())))
                .build();
    }
}
