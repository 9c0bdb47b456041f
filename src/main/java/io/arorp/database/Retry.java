package io.arorp.database;

import java.util.function.Supplier;

/**
 * For callers above the database whose whole read-decide-write step must be repeated after a lost race, like the
 * original frontend's PUT handler: the same attempts and back-off as the collections' own patch.
 */
public final class Retry {
    private Retry() {
    }

    public static <T> T onPreconditionFailed(Supplier<T> attempt) {
        return DocumentCollection.retryOnPreconditionFailed(attempt);
    }
}
