package io.arorp.frontend.error;

import io.arorp.api.CloudException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * JAX-RS's own failures (no route, wrong method, wrong media type) in ARM's error shape, so a client never sees an
 * HTML or empty error page.
 */
@Provider
@ApplicationScoped
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {
    @Inject
    CloudExceptionMapper cloud;

    @Override
    public Response toResponse(WebApplicationException e) {
        return cloud.toResponse(translate(e));
    }

    static CloudException translate(WebApplicationException e) {
        if (e instanceof NotFoundException) {
            return CloudErrors.pathNotFound();
        }
        if (e instanceof NotAllowedException) {
            return new CloudException(405, "MethodNotAllowed", null, "The requested method is not allowed on this path.");
        }
        if (e instanceof NotSupportedException) {
            return new CloudException(415, "UnsupportedMediaType", null,
                    "The content media type is not supported. Only 'application/json' is supported.");
        }
        int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
        if (status >= 500) {
            return CloudErrors.internal();
        }
        Response.StatusType type = Response.Status.fromStatusCode(status);
        return new CloudException(status, type == null ? "BadRequest" : type.getReasonPhrase().replace(" ", ""), null,
                type == null ? "The request is invalid." : type.getReasonPhrase() + ".");
    }
}
