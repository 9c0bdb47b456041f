package io.arorp.database.store.cosmos;

import com.azure.cosmos.CosmosException;
import io.arorp.database.store.StoreException;
import io.arorp.database.store.StoreUnavailableException;

/**
 * Maps the SDK's exceptions onto the store's: the statuses the database layer acts on stay {@link StoreException}s,
 * anything else (timeouts, 5xx, throttling the SDK gave up on) means the store is unavailable right now.
 */
final class CosmosErrors {
    private CosmosErrors() {
    }

    static RuntimeException map(CosmosException e, String what) {
        int status = e.getStatusCode();
        String message = what + ": " + firstLine(e.getMessage());
        if (status >= 400 && status < 500 && status != 408 && status != 429) {
            return new StoreException(status, message, e);
        }
        return new StoreUnavailableException("Cosmos DB " + status + " on " + message, e);
    }

    /** SDK messages carry the full diagnostics JSON; the first line says what happened. */
    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        int end = message.indexOf('\n');
        String line = end < 0 ? message : message.substring(0, end);
        return line.length() > 500 ? line.substring(0, 500) + "..." : line;
    }
}
