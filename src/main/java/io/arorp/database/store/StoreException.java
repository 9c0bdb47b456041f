package io.arorp.database.store;

/**
 * A store request was refused for a reason the caller can act on: the document is missing (404), an id or unique
 * key is taken (409), the etag is stale (412) or the request itself is wrong (400). Both adapters map their native
 * errors onto these statuses so the {@code database} layer reacts the same way to either.
 */
public class StoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public static final int BAD_REQUEST = 400;
    public static final int NOT_FOUND = 404;
    public static final int CONFLICT = 409;
    public static final int PRECONDITION_FAILED = 412;

    private final int status;

    public StoreException(int status, String message) {
        this(status, message, null);
    }

    public StoreException(int status, String message, Throwable cause) {
        super(status + ": " + message, cause);
        this.status = status;
    }

    public int status() {
        return status;
    }

    public boolean isNotFound() {
        return status == NOT_FOUND;
    }

    public boolean isConflict() {
        return status == CONFLICT;
    }

    public boolean isPreconditionFailed() {
        return status == PRECONDITION_FAILED;
    }

    public static StoreException notFound(String container, String id) {
        return new StoreException(NOT_FOUND, "document " + id + " does not exist in " + container);
    }

    public static StoreException conflict(String container, String what) {
        return new StoreException(CONFLICT, "a document with the same " + what + " already exists in " + container);
    }

    public static StoreException preconditionFailed(String container, String id) {
        return new StoreException(PRECONDITION_FAILED, "document " + id + " in " + container + " changed (etag mismatch)");
    }
}
