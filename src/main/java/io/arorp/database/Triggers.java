package io.arorp.database;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.arorp.database.store.Trigger;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The original's Cosmos pre-triggers. Lease and billing times are set by the server so every RP instance agrees on
 * one clock; the JavaScript is deployed to Cosmos as the original deploys it, the Java twin runs in the embedded
 * store, and the contract suite checks that both give the same result.
 */
public final class Triggers {
    /** Seconds a lease lasts after each renewal; the backend heartbeats every 10 s. */
    public static final long LEASE_SECONDS = 60;
    /** Seconds a document is left alone after {@code retryLater}. */
    public static final long RETRY_LATER_SECONDS = 600;

    public static final String RENEW_LEASE = "renewLease";
    public static final String RETRY_LATER = "retryLater";
    public static final String SET_CREATION_BILLING_TIMESTAMP = "setCreationBillingTimeStamp";
    public static final String SET_DELETION_BILLING_TIMESTAMP = "setDeletionBillingTimeStamp";

    private Triggers() {
    }

    public static Trigger renewLease() {
        return new Trigger(RENEW_LEASE, Trigger.Operation.ALL, script(RENEW_LEASE),
                (body, nowMillis) -> body.put("leaseExpires", Math.floorDiv(nowMillis, 1000) + LEASE_SECONDS));
    }

    public static Trigger retryLater() {
        return new Trigger(RETRY_LATER, Trigger.Operation.ALL, script(RETRY_LATER),
                (body, nowMillis) -> body.put("leaseExpires", Math.floorDiv(nowMillis, 1000) + RETRY_LATER_SECONDS));
    }

    public static Trigger setCreationBillingTimeStamp() {
        return new Trigger(SET_CREATION_BILLING_TIMESTAMP, Trigger.Operation.CREATE,
                script(SET_CREATION_BILLING_TIMESTAMP), (body, now) -> setIfFalsy(body, "creationTime", now));
    }

    public static Trigger setDeletionBillingTimeStamp() {
        return new Trigger(SET_DELETION_BILLING_TIMESTAMP, Trigger.Operation.REPLACE,
                script(SET_DELETION_BILLING_TIMESTAMP), (body, now) -> setIfFalsy(body, "deletionTime", now));
    }

    /** JavaScript's {@code if (!billing[field])}: missing, null, 0, false and "" all count as unset. */
    private static void setIfFalsy(ObjectNode body, String field, long nowMillis) {
        JsonNode billing = body.get("billing");
        if (!(billing instanceof ObjectNode b)) {
            throw new IllegalArgumentException("billing document without a billing object"); // JS throws too
        }
        JsonNode value = b.get(field);
        boolean falsy = value == null || value.isNull() || (value.isNumber() && value.asDouble() == 0)
                || (value.isBoolean() && !value.asBoolean()) || (value.isTextual() && value.asText().isEmpty());
        if (falsy) {
            b.put(field, Math.floorDiv(nowMillis, 1000));
        }
    }

    private static String script(String name) {
        try (InputStream in = Triggers.class.getResourceAsStream("triggers/" + name + ".js")) {
            if (in == null) {
                throw new IllegalStateException("trigger script " + name + ".js is missing from the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
