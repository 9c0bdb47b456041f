package io.arorp.database;

/**
 * Fired (CDI event) after a document was put into a non-terminal state, so the backend dequeues it at once instead
 * of at its next timer tick; the tick stays as the safety net for other RP instances and lost events.
 *
 * @param key the lower-case key of the document that now has work
 */
public record WorkEnqueued(String key) {
}
