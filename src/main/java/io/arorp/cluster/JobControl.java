package io.arorp.cluster;

/**
 * Whether the job running the steps may go on. The backend answers it from the heartbeat (lease lost) and the
 * process lifecycle (shutting down); the step runner asks before each step and between condition polls.
 */
public interface JobControl {
    /** @throws JobStoppedException when the job must stop here */
    void safePoint();
}
