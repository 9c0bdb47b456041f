package io.arorp.bench.rp;

/**
 * One scenario at one concurrency level: successful requests in the measured window, their rate and latency
 * percentiles (ms), the RP process's CPU time per request over the window (user + system, all its threads), and
 * the errors seen (any unexpected status or I/O failure), with the first one as a sample.
 */
record Result(String scenario, int clients, long count, long errors, double seconds, double p50, double p99,
        double p999, double max, double serverCpuMsPerRequest, String firstError) {

    double throughput() {
        return seconds > 0 ? count / seconds : 0;
    }
}
