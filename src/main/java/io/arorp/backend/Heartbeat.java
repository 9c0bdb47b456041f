package io.arorp.backend;

import io.arorp.cluster.JobControl;
import io.arorp.cluster.JobStoppedException;
import io.arorp.database.LostLeaseException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Renews a job's lease on a fixed delay and answers the job's safe points: once a renewal finds the lease gone, or
 * the process is stopping, the next step does not start. A failed renewal for another reason (store briefly away) is
 * retried at the next beat; the lease lasts six beats.
 */
final class Heartbeat implements JobControl, AutoCloseable {
    private static final Logger LOG = Logger.getLogger(Heartbeat.class.getName());

    /** Renews the lease; throws {@link LostLeaseException} when it is gone. */
    @FunctionalInterface
    interface Renewal {
        void renew();
    }

    private final String what;
    private final BooleanSupplier stopping;
    private final ScheduledFuture<?> beat;
    private volatile boolean lost;
    private volatile boolean closed;

    Heartbeat(String what, Renewal renewal, JobServices services) {
        this.what = what;
        this.stopping = services.stopping();
        long millis = services.settings().heartbeat().toMillis();
        this.beat = services.scheduler().scheduleWithFixedDelay(() -> beat(renewal), millis, millis,
                TimeUnit.MILLISECONDS);
    }

    private void beat(Renewal renewal) {
        if (lost || closed) {
            return;
        }
        try {
            renewal.renew();
        } catch (LostLeaseException e) {
            if (closed) {
                return; // the job ended its lease itself while this beat ran
            }
            lost = true;
            LOG.warning(() -> what + ": lease lost, the job stops at its next step");
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, e, () -> what + ": heartbeat failed, retrying at the next beat");
        }
    }

    @Override
    public void safePoint() {
        if (lost) {
            throw new JobStoppedException(what + ": lease lost", true);
        }
        if (stopping.getAsBoolean()) {
            throw new JobStoppedException(what + ": stopping for shutdown", false);
        }
    }

    /** No renewal after this; call it before the job ends or releases its lease. */
    @Override
    public void close() {
        closed = true;
        beat.cancel(false);
    }
}
