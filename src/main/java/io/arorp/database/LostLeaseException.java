package io.arorp.database;

/** This process no longer holds the document's lease (it expired and another worker took it): stop working on it. */
public class LostLeaseException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public LostLeaseException(String message) {
        super(message);
    }
}
