package io.arorp.database;

/** A replace would give the document a unique key (ARM key, client id, cluster resource group) another one holds. */
public class ConflictException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ConflictException(String message, Throwable cause) {
        super(message, cause);
    }
}
