package io.arorp.cluster;

/**
 * The job stopped at a safe point without an outcome: it lost its lease (another worker owns the document now) or
 * the process is shutting down (the lease is released for the next worker). Never recorded as a failure.
 */
public class JobStoppedException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final boolean leaseLost;

    public JobStoppedException(String message, boolean leaseLost) {
        super(message);
        this.leaseLost = leaseLost;
    }

    /** True: someone else holds the lease, so this job must not touch the document any more. */
    public boolean leaseLost() {
        return leaseLost;
    }
}
