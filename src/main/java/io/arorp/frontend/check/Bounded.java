package io.arorp.frontend.check;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * Runs a call to something outside the RP (Azure, a cluster) on another thread and waits at most a fixed time, so a
 * slow or hung dependency never holds a request thread longer than that. A call that overruns is cancelled
 * (interrupted). When the executor refuses (every call thread busy) the call runs on the caller, without the bound:
 * failing the customer's request for the RP's own load would be worse (50 clients creating at once got 500s).
 */
public final class Bounded {
    private final ExecutorService executor;
    private final Duration timeout;

    public Bounded(ExecutorService executor, Duration timeout) {
        this.executor = executor;
        this.timeout = timeout;
    }

    /**
     * The call's result; its own unchecked exception as thrown.
     *
     * @throws TimeoutException when it did not finish in time
     */
    public <T> T call(Supplier<T> body) throws TimeoutException {
        Future<T> future;
        try {
            future = executor.submit(body::get);
        } catch (RejectedExecutionException e) {
            return body.get();
        }
        try {
            return future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw e;
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a bounded call", e);
        } catch (ExecutionException e) {
            throw thrownBy(e);
        }
    }

    /** What the call threw, to rethrow as is (an Error is thrown from here; a checked exception comes wrapped). */
    static RuntimeException thrownBy(ExecutionException e) {
        if (e.getCause() instanceof Error err) {
            throw err;
        }
        return e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
    }

    public Duration timeout() {
        return timeout;
    }
}
