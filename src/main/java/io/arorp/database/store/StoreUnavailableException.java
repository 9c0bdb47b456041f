package io.arorp.database.store;

/** The store cannot be reached or used right now; callers may retry later. */
public class StoreUnavailableException extends RuntimeException {
    public StoreUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
