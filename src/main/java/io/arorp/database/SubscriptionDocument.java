package io.arorp.database;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.arorp.api.Subscription;

/**
 * A customer subscription as ARM last reported it (id = subscription id). {@code deleting} asks the backend to
 * delete its clusters; the document itself is never deleted.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class SubscriptionDocument extends LeasedDocument {
    @JsonProperty("deleting")
    @JsonInclude(JsonInclude.Include.NON_DEFAULT)
    private boolean deleting;
    @JsonProperty("subscription")
    private Subscription subscription;

    public boolean isDeleting() {
        return deleting;
    }

    public void setDeleting(boolean deleting) {
        this.deleting = deleting;
    }

    public Subscription getSubscription() {
        return subscription;
    }

    public void setSubscription(Subscription subscription) {
        this.subscription = subscription;
    }
}
