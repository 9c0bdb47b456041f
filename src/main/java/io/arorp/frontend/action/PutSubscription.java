package io.arorp.frontend.action;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.arorp.api.CloudException;
import io.arorp.api.Subscription;
import io.arorp.api.SubscriptionState;
import io.arorp.database.Retry;
import io.arorp.database.SubscriptionDocument;
import io.arorp.database.Subscriptions;
import io.arorp.frontend.error.CloudErrors;
import io.arorp.util.json.Jackson;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * ARM's subscription lifecycle notification ({@code PUT /subscriptions/{id}?api-version=2.0}). The stored state gates
 * every mutating cluster request; {@code Deleted} also marks the document so the backend deletes every cluster in it.
 */
@ApplicationScoped
public class PutSubscription {
    private final ObjectMapper mapper = Jackson.newMapper();
    private Subscriptions subscriptions;

    @Inject
    public PutSubscription(Subscriptions subscriptions) {
        this.subscriptions = subscriptions;
    }

    protected PutSubscription() {
    }

    public ArmResult put(String subscriptionId, byte[] body) {
        Subscription requested = parse(body);
        String id = subscriptionId.toLowerCase(Locale.ROOT);
        return Retry.onPreconditionFailed(() -> {
            Optional<SubscriptionDocument> existing = subscriptions.get(id);
            if (existing.isPresent() && existing.get().getSubscription() != null
                    && existing.get().getSubscription().getState() == SubscriptionState.DELETED
                    && requested.getState() != SubscriptionState.DELETED) {
                throw new CloudException(400, "InvalidSubscriptionState", null,
                        "Request is not allowed in subscription in state 'Deleted'.");
            }
            SubscriptionDocument doc = existing.orElseGet(SubscriptionDocument::new);
            doc.setId(id);
            doc.setSubscription(requested);
            if (requested.getState() == SubscriptionState.DELETED) {
                doc.setDeleting(true);
            }
            if (existing.isPresent()) {
                return ArmResult.of(200, subscriptions.update(doc).getSubscription());
            }
            // created concurrently: create fails as a lost race and the retry reads it and updates
            return ArmResult.of(201, subscriptions.create(doc).getSubscription());
        });
    }

    private Subscription parse(byte[] body) {
        JsonNode tree;
        try {
            tree = mapper.readTree(body);
        } catch (IOException e) {
            throw CloudErrors.invalidRequestContent(e.getMessage());
        }
        if (tree == null || !tree.isObject()) {
            throw CloudErrors.invalidRequestContent("expected a JSON object");
        }
        String state = tree.path("state").asText("");
        if (Arrays.stream(SubscriptionState.values()).noneMatch(s -> s.value().equals(state))) {
            throw new CloudException(400, "InvalidParameter", "state", "The provided state '" + state + "' is invalid.");
        }
        JsonNode owner = tree.path("properties").path("accountOwner");
        if (owner.isObject()) {
            ((ObjectNode) owner).put("email", ""); // personal data the RP has no use for is not stored
        }
        try {
            return mapper.treeToValue(tree, Subscription.class);
        } catch (IOException e) {
            throw CloudErrors.invalidRequestContent(e.getMessage());
        }
    }
}
