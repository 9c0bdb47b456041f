package io.arorp.cluster;

import java.time.Duration;

/**
 * One named unit of a cluster operation, of the original RP's three kinds. Every step must be safe to run again: a
 * worker that takes over after a crash starts the current phase from its first step.
 */
public sealed interface Step {
    String name();

    /** The work of an action. */
    @FunctionalInterface
    interface Body {
        void run(ClusterContext context) throws Exception;
    }

    /** The test of a condition. */
    @FunctionalInterface
    interface Check {
        boolean test(ClusterContext context) throws Exception;
    }

    /** Runs once. */
    record Action(String name, Body body) implements Step {
    }

    /** Polled until true; fails the operation when {@code timeout} passes first. */
    record Condition(String name, Check check, Duration timeout) implements Step {
    }

    /** Runs until Azure's role assignments have propagated: authorization errors are retried for a while. */
    record AuthorizationRetryingAction(String name, Body body) implements Step {
    }

    static Step action(String name, Body body) {
        return new Action(name, body);
    }

    static Step condition(String name, Check check, Duration timeout) {
        return new Condition(name, check, timeout);
    }

    static Step authorizationRetrying(String name, Body body) {
        return new AuthorizationRetryingAction(name, body);
    }
}
