package io.arorp.frontend.check;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.FutureTask;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Supplier;

/**
 * Independent reads from Azure started together, so a request waits for the slowest of them instead of their sum;
 * their answers are then judged in a fixed order, so the error a customer gets does not depend on which read came
 * back first. Closing cancels (interrupts) the reads nobody waited for, e.g. after an earlier check failed.
 */
final class AzureReads implements AutoCloseable {
    private final Executor executor;
    private final List<FutureTask<?>> started = new ArrayList<>();

    /** @param executor where the reads run; one that refuses (all threads busy) makes the read run on the caller */
    AzureReads(Executor executor) {
        this.executor = executor;
    }

    /** A read in flight; {@link #get()} waits for it. */
    final class Read<T> {
        private final FutureTask<T> task;

        private Read(FutureTask<T> task) {
            this.task = task;
        }

        /** The answer, or the read's own unchecked exception as thrown. */
        T get() {
            try {
                return task.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                close();
                throw new IllegalStateException("interrupted while waiting for Azure", e);
            } catch (CancellationException e) {
                throw new IllegalStateException("the read was cancelled", e);
            } catch (ExecutionException e) {
                throw Bounded.thrownBy(e);
            }
        }
    }

    <T> Read<T> start(Supplier<T> read) {
        FutureTask<T> task = new FutureTask<>(read::get);
        started.add(task);
        try {
            executor.execute(task);
        } catch (RejectedExecutionException e) {
            task.run();
        }
        return new Read<>(task);
    }

    @Override
    public void close() {
        started.forEach(t -> t.cancel(true));
    }
}
