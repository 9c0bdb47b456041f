package io.arorp.frontend;

import io.arorp.frontend.action.PutSubscription;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

/** {@code PUT /subscriptions/{id}}: ARM's subscription lifecycle notification (api-version 2.0, not checked). */
@Path("/subscriptions/{subscriptionId}")
@RequestScoped
public class SubscriptionResource {
    @Inject
    PutSubscription put;

    @Inject
    Responses responses;

    @PUT
    public Response put(@PathParam("subscriptionId") String subscriptionId, byte[] body) {
        return responses.of(put.put(subscriptionId, body));
    }
}
