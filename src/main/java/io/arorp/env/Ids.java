package io.arorp.env;

/** Source of new identifiers (document ids, request ids, operation ids); injected so tests can make them repeatable. */
public interface Ids {
    /** A new lower-case UUID string. */
    String newId();
}
