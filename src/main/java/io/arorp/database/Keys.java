package io.arorp.database;

import java.util.Locale;

/**
 * ARM ids as document keys. ARM treats ids case-insensitively, so keys are stored lower-case, as the original does;
 * the cluster's own {@code id} field keeps the caller's casing.
 */
public final class Keys {
    private static final String PREFIX = "/subscriptions/";

    private Keys() {
    }

    public static String lower(String armId) {
        return armId.toLowerCase(Locale.ROOT);
    }

    /** The lower-case subscription id of a key, the partition key of the clusters container. */
    public static String subscriptionOf(String key) {
        String lower = lower(key);
        if (!lower.startsWith(PREFIX)) {
            throw new IllegalArgumentException("not an ARM id under a subscription: " + key);
        }
        int end = lower.indexOf('/', PREFIX.length());
        String subscription = end < 0 ? lower.substring(PREFIX.length()) : lower.substring(PREFIX.length(), end);
        if (subscription.isEmpty()) {
            throw new IllegalArgumentException("no subscription in " + key);
        }
        return subscription;
    }

    /** Refuses a key that is not lower-case: a mixed-case key would escape every lookup by key. */
    static String requireLower(String key) {
        if (key == null || !key.equals(lower(key))) {
            throw new IllegalArgumentException("key " + key + " is not lower case");
        }
        return key;
    }
}
