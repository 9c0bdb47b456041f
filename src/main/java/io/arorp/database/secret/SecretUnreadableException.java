package io.arorp.database.secret;

/** A sealed value cannot be opened: tampered with, truncated, or sealed with a key this RP does not have. */
public class SecretUnreadableException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public SecretUnreadableException(String message, Throwable cause) {
        super(message, cause);
    }
}
