package io.arorp.frontend;

import io.arorp.frontend.action.ArmResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Turns an action's result into the HTTP response, body written the original's way. */
@ApplicationScoped
public class Responses {
    @Inject
    ArmJson json;

    public Response of(ArmResult result) {
        Response.ResponseBuilder builder = Response.status(result.status()).type(MediaType.APPLICATION_JSON_TYPE);
        if (result.body() != null) {
            builder.entity(json.write(result.body()));
        }
        result.headers().forEach(builder::header);
        return builder.build();
    }
}
