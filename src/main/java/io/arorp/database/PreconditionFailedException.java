package io.arorp.database;

/**
 * Another writer won: the document changed under us more times than the retry budget allows, or a create found it
 * already there (Cosmos 409 is reported as this, as the original does, so callers retry their whole read-decide-write
 * step and then see the existing document).
 */
public class PreconditionFailedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public PreconditionFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
