package io.arorp.frontend.filter;

import io.arorp.api.CloudException;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Set;

/**
 * Bodies of PUT/PATCH/POST: at most 1 MiB (ARM's limit for a resource definition) and JSON. The body is buffered
 * here so the size check happens before anything parses it.
 */
@Provider
@PreMatching
@ApplicationScoped
@Priority(FilterPriorities.BODY)
public class RequestBodyFilter implements ContainerRequestFilter {
    static final int MAX_BODY_BYTES = 1_048_576;
    private static final Set<String> WITH_BODY = Set.of("PUT", "PATCH", "POST");

    @Override
    public void filter(ContainerRequestContext request) {
        if (!WITH_BODY.contains(request.getMethod())) {
            return;
        }
        byte[] body = readAtMost(request.getEntityStream(), MAX_BODY_BYTES + 1);
        if (body.length > MAX_BODY_BYTES) {
            throw new CloudException(400, "InvalidResource", null, "The resource definition is invalid.");
        }
        MediaType type = request.getMediaType();
        boolean json = type != null && "application".equalsIgnoreCase(type.getType())
                && "json".equalsIgnoreCase(type.getSubtype());
        if (!json && (body.length > 0 || type != null)) {
            String given = request.getHeaderString("Content-Type");
            throw new CloudException(415, "UnsupportedMediaType", null, "The content media type '"
                    + (given == null ? "" : given) + "' is not supported. Only 'application/json' is supported.");
        }
        request.setEntityStream(new ByteArrayInputStream(body));
    }

    private static byte[] readAtMost(InputStream in, int limit) {
        try {
            return in.readNBytes(limit);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the request body", e);
        }
    }
}
