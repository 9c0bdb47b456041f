package io.arorp.database.store;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A pre-trigger: a body mutation the store runs at write time with its own clock, so lease and billing times come
 * from the server and not from whichever RP instance happens to write. Cosmos runs {@link #javascript()}; the
 * embedded store runs {@link #java()}; the contract suite proves they agree.
 *
 * @param name       the name callers pass on a write
 * @param operation  which writes may include it
 * @param javascript the server-side source deployed to Cosmos
 * @param java       the same mutation for the embedded store
 */
public record Trigger(String name, Operation operation, String javascript, Mutation java) {

    /** Which writes a trigger applies to; a write naming a trigger for another operation is a bad request. */
    public enum Operation {
        ALL, CREATE, REPLACE;

        public boolean allows(Operation write) {
            return this == ALL || this == write;
        }
    }

    /** Mutates a request body in place. */
    @FunctionalInterface
    public interface Mutation {
        void apply(ObjectNode body, long nowMillis);
    }
}
