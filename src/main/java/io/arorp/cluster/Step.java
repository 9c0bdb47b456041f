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

    /**
     * Polled until true. When {@code timeout} passes first, or the check fails, a condition that {@code fail}s ends
     * the operation; any other is logged and the next step runs (the original's {@code fail=false}).
     */
    record Condition(String name, Check check, Duration timeout, boolean fail) implements Step {
        Condition(String name, Check check, Duration timeout) {
            this(name, check, timeout, true);
        }
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

    /** A condition whose timeout or failure does not end the operation. */
    static Step bestEffortCondition(String name, Check check, Duration timeout) {
        return new Condition(name, check, timeout, false);
    }

    static Step authorizationRetrying(String name, Body body) {
        return new AuthorizationRetryingAction(name, body);
    }
}
