package io.arorp.database;

/** The document does not exist (or expired). */
public class DocumentNotFoundException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public DocumentNotFoundException(String message) {
        super(message);
    }
}
