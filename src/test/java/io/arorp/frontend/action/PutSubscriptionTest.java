package io.arorp.frontend.action;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.arorp.database.Containers;
import io.arorp.database.DocumentCodec;
import io.arorp.database.LeaseOwner;
import io.arorp.database.Subscriptions;
import io.arorp.database.WorkEnqueued;
import io.arorp.database.contract.TestClock;
import io.arorp.database.secret.AesGcmSecretSealer;
import io.arorp.database.store.embedded.EmbeddedDocumentStore;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.NotificationOptions;
import jakarta.enterprise.util.TypeLiteral;
import java.lang.annotation.Annotation;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionStage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A subscription ARM reports Deleted wakes the backend at once: its clusters are to be deleted. */
class PutSubscriptionTest {
    private static final String SUBSCRIPTION = "AAAAAAAA-2222-3333-4444-555555555555";

    @Test
    void deletedFiresWorkEnqueuedOtherStatesDoNot(@TempDir Path dir) {
        RecordingEvent events = new RecordingEvent();
        try (EmbeddedDocumentStore store = EmbeddedDocumentStore.open(dir.resolve("s.mv.db"), new TestClock())) {
            store.ensureContainers(Containers.ALL);
            DocumentCodec codec = new DocumentCodec(new AesGcmSecretSealer(AesGcmSecretSealer.parseKeys(
                    "t=YXJvLXJwLXRlc3Qta2V5LU5PVC1TRUNSRVQtMDAwMDE="), new SecureRandom()));
            Subscriptions subscriptions = new Subscriptions(store, codec, new LeaseOwner("test"));
            PutSubscription put = new PutSubscription(subscriptions, events);
            assertEquals(201, put.put(SUBSCRIPTION, body("Registered")).status());
            assertEquals(200, put.put(SUBSCRIPTION, body("Warned")).status());
            assertTrue(events.fired.isEmpty(), "no backend work for " + events.fired);
            assertEquals(200, put.put(SUBSCRIPTION, body("Deleted")).status());
            assertEquals(List.of(new WorkEnqueued(SUBSCRIPTION.toLowerCase())), events.fired);
            assertTrue(subscriptions.get(SUBSCRIPTION.toLowerCase()).orElseThrow().isDeleting());
        }
    }

    private static byte[] body(String state) {
        return ("{\"state\":\"" + state + "\",\"properties\":{\"tenantId\":\"t\"}}").getBytes(StandardCharsets.UTF_8);
    }

    /** Records what is fired; the backend's observer is not part of this unit. */
    private static final class RecordingEvent implements Event<WorkEnqueued> {
        final List<WorkEnqueued> fired = new ArrayList<>();

        @Override
        public void fire(WorkEnqueued event) {
            fired.add(event);
        }

        @Override
        public <U extends WorkEnqueued> CompletionStage<U> fireAsync(U event) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <U extends WorkEnqueued> CompletionStage<U> fireAsync(U event, NotificationOptions options) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Event<WorkEnqueued> select(Annotation... qualifiers) {
            return this;
        }

        @Override
        public <U extends WorkEnqueued> Event<U> select(Class<U> subtype, Annotation... qualifiers) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <U extends WorkEnqueued> Event<U> select(TypeLiteral<U> subtype, Annotation... qualifiers) {
            throw new UnsupportedOperationException();
        }
    }
}
