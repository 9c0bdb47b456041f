package io.arorp.cluster;

import io.arorp.api.CloudException;
import io.arorp.database.LostLeaseException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Runs an operation's steps in order, each behind a safe point (stop or lost lease ends the job there) and a progress
 * record on the document, timing every step. The first failing step ends the operation with its error.
 */
public final class StepRunner {
    private static final Logger LOG = Logger.getLogger(StepRunner.class.getName());
    /** Azure's answers while a fresh role assignment has not reached every region yet. */
    private static final Set<String> AUTHORIZATION_CODES = Set.of("AuthorizationFailed", "LinkedAuthorizationFailed");

    private final StepTimings timings;
    private final Clock clock;

    public StepRunner(StepTimings timings, Clock clock) {
        this.timings = timings;
        this.clock = clock;
    }

    public void run(String operation, List<Step> steps, ClusterContext context) throws Exception {
        try {
            runAll(operation, steps, context);
        } catch (Exception | Error e) {
            try {
                context.writeUnwrittenProgress(); // the failing step, for whoever reads the document next
            } catch (RuntimeException second) {
                e.addSuppressed(second);
            }
            throw e;
        }
        context.writeUnwrittenProgress();
    }

    private void runAll(String operation, List<Step> steps, ClusterContext context) throws Exception {
        for (Step step : steps) {
            context.enter(operation, step.name());
            long start = System.nanoTime();
            boolean ok = false;
            try {
                LOG.info(() -> operation + " " + context.doc().getKey() + ": running step " + step.name());
                runOne(step, context);
                ok = true;
            } finally {
                Duration took = Duration.ofNanos(System.nanoTime() - start);
                timings.record(operation, step.name(), took, ok);
                boolean succeeded = ok;
                LOG.info(() -> operation + " " + context.doc().getKey() + ": step " + step.name()
                        + (succeeded ? " done" : " failed") + " in " + took.toMillis() + " ms");
            }
        }
    }

    private void runOne(Step step, ClusterContext context) throws Exception {
        if (step instanceof Step.Action a) {
            a.body().run(context);
        } else if (step instanceof Step.Condition c) {
            poll(c, context);
        } else if (step instanceof Step.AuthorizationRetryingAction r) {
            retryAuthorization(r, context);
        }
    }

    private void poll(Step.Condition condition, ClusterContext context) throws Exception {
        long deadline = clock.millis() + condition.timeout().toMillis();
        while (!test(condition, context)) {
            if (clock.millis() >= deadline) {
                if (!condition.fail()) {
                    LOG.warning(() -> "condition " + condition.name() + " did not hold within " + condition.timeout()
                            + "; it is configured not to fail, continuing");
                    return;
                }
                throw ConditionTimeouts.timedOut(condition.name());
            }
            sleep(context.env().settings().pollInterval());
            context.safePoint();
        }
    }

    /** The check's answer; a failing check of a condition that does not fail counts as done, with a warning. */
    private static boolean test(Step.Condition condition, ClusterContext context) throws Exception {
        try {
            return condition.check().test(context);
        } catch (Exception e) {
            if (condition.fail() || e instanceof InterruptedException || e instanceof JobStoppedException
                    || e instanceof LostLeaseException) {
                throw e;
            }
            LOG.warning(() -> "condition " + condition.name() + " failed (" + e + "); it is configured not to fail, "
                    + "continuing");
            return true;
        }
    }

    private void retryAuthorization(Step.AuthorizationRetryingAction action, ClusterContext context) throws Exception {
        long deadline = clock.millis() + context.env().settings().authorizationRetry().toMillis();
        while (true) {
            try {
                action.body().run(context);
                return;
            } catch (CloudException e) {
                if (!AUTHORIZATION_CODES.contains(e.code()) || clock.millis() >= deadline) {
                    throw e;
                }
                LOG.info(() -> "step " + action.name() + ": " + e.code() + ", retrying while role assignments propagate");
                sleep(context.env().settings().authorizationInterval());
                context.safePoint();
            }
        }
    }

    private static void sleep(Duration duration) throws InterruptedException {
        Thread.sleep(Math.max(1, duration.toMillis()));
    }
}
