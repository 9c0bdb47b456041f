package io.arorp.bench.rp;

import io.arorp.testing.ClusterBodies;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The backend's figures, seen from outside the way an operator would, on a server of its own with the backend role
 * and zero simulated cloud latency: clusters created one after another (PUT until GET says Succeeded), the pickup
 * latency the backend itself records (the time from the PUT's request to the lease, {@code /metrics}), and a queue of
 * clusters PUT at once, timed until none is still Creating.
 */
final class BackendProbe {
    private static final Pattern STATE = Pattern.compile("\"provisioningState\"\\s*:\\s*\"(\\w+)\"");
    private static final Pattern NEXT_LINK = Pattern.compile("\"nextLink\"\\s*:\\s*\"([^\"]+)\"");
    static final String PICKUP_METRIC = "backend_openshiftcluster_pickup_seconds";

    /** Each figure is a measured value or the reason it is missing. */
    record Outcome(String pickup, String succeeded, String dequeue, String workers, double pickupP99Ms,
            int queued, int queueSucceeded, double queueSeconds) {
        /** The same figures with the queue measured elsewhere (see {@code RpBench}: queued before any backend ran). */
        Outcome withQueue(String text, int count, Queue queue, String queueWorkers) {
            return new Outcome(pickup, succeeded, text, queueWorkers, pickupP99Ms, count, queue.succeeded(),
                    queue.seconds());
        }
    }

    record Queue(String text, int succeeded, double seconds) {
    }

    private final RpClient rp;
    private final HttpClient http;
    private final Preload preload;
    private final RpServer server;

    BackendProbe(RpClient rp, HttpClient http, Preload preload, RpServer server) {
        this.rp = rp;
        this.http = http;
        this.preload = preload;
        this.server = server;
    }

    /** The sequential creates and the pickup timer; the queue is measured by {@link #drain} on a server of its own. */
    Outcome run(int samples, Duration timeout) throws Exception {
        String succeeded = sequential(samples, timeout);
        Map<String, Double> quantiles = server.metricSeries(PICKUP_METRIC, "quantile");
        String workers = server.metric("backend_openshiftcluster_workers_peak").map(v -> String.format("%.0f", v))
                .orElse("not reported by this build (no backend_openshiftcluster_workers_peak gauge)");
        return new Outcome(pickup(quantiles), succeeded, "measured on a server of its own (RpBench)", workers,
                1000 * quantiles.getOrDefault("0.99", Double.NaN), 0, 0, 0);
    }

    /** Creates one cluster at a time and times each from its PUT until its GET says Succeeded. */
    private String sequential(int samples, Duration timeout) throws Exception {
        String subscription = preload.subscription("probe", 0);
        List<Double> millis = new ArrayList<>();
        int failed = 0;
        for (int i = 0; i < samples; i++) {
            String id = ClusterBodies.clusterId(subscription, "probe-rg", "probe-" + i);
            long t0 = System.nanoTime();
            HttpResponse<String> put = http.send(rp.put(RpClient.clusterPath(id),
                    ClusterBodies.create(subscription, "probe-" + i)), HttpResponse.BodyHandlers.ofString());
            if (put.statusCode() != 201) {
                throw new IllegalStateException("probe PUT: " + put.statusCode() + " " + put.body());
            }
            String state = waitWhileRunning(id, t0 + timeout.toNanos());
            if (!state.equals("Succeeded")) {
                failed++;
                continue;
            }
            millis.add((System.nanoTime() - t0) / 1e6);
        }
        if (millis.isEmpty()) {
            return "not measurable: none of " + samples + " clusters reached Succeeded";
        }
        millis.sort(Double::compare);
        return String.format("p50 %.0f ms, p99 %.0f ms, max %.0f ms over %d clusters created one after another"
                + " (GET polled every 10 ms)%s", pct(millis, 50), pct(millis, 99), millis.get(millis.size() - 1),
                millis.size(), failed == 0 ? "" : "; " + failed + " did not succeed");
    }

    private static String pickup(Map<String, Double> quantiles) {
        if (quantiles.isEmpty()) {
            return "not reported by this build (no " + PICKUP_METRIC + " in /metrics)";
        }
        return String.format("p50 %.1f ms, p99 %.1f ms (the backend's own timer from the PUT's request time to the"
                + " lease, %s)", 1000 * quantiles.getOrDefault("0.5", Double.NaN),
                1000 * quantiles.getOrDefault("0.99", Double.NaN), PICKUP_METRIC);
    }

    static List<String> queueSubscriptions(Preload preload, int subscriptions) throws Exception {
        List<String> subs = new ArrayList<>();
        for (int i = 0; i < subscriptions; i++) {
            subs.add(preload.subscription("queue", i));
        }
        return subs;
    }

    /**
     * Lists the subscriptions every second until none of their clusters is Creating; times from {@code t0}. A
     * subscription with none Creating is not listed again (states cannot go back to Creating without a PUT): listing
     * a thousand clusters twice a second took a tenth of the 2-core machine the backend was measured on.
     */
    Queue drain(List<String> subs, long t0, Duration timeout) throws Exception {
        long deadline = t0 + timeout.toNanos();
        Map<String, Map<String, Integer>> bySubscription = new HashMap<>();
        boolean creating;
        do {
            Thread.sleep(1000);
            creating = false;
            for (String subscription : subs) {
                Map<String, Integer> last = bySubscription.get(subscription);
                if (last == null || last.getOrDefault("Creating", 0) > 0) {
                    last = states(subscription);
                    bySubscription.put(subscription, last);
                }
                creating |= last.getOrDefault("Creating", 0) > 0;
            }
        } while (creating && System.nanoTime() < deadline);
        double seconds = (System.nanoTime() - t0) / 1e9;
        Map<String, Integer> states = new java.util.TreeMap<>();
        bySubscription.values().forEach(m -> m.forEach((state, n) -> states.merge(state, n, Integer::sum)));
        String text = String.format("%s %.1f s (states then %s)", creating ? "still Creating at the timeout,"
                : "none Creating", seconds, states);
        return new Queue(text, states.getOrDefault("Succeeded", 0), seconds);
    }

    private Map<String, Integer> states(String subscription) throws Exception {
        Map<String, Integer> states = new HashMap<>();
        String next = "/subscriptions/" + subscription + "/providers/Microsoft.RedHatOpenShift/openShiftClusters?"
                + RpClient.API_VERSION;
        while (next != null) {
            String body = http.send(rp.get(next), HttpResponse.BodyHandlers.ofString()).body();
            Matcher m = STATE.matcher(body);
            while (m.find()) {
                states.merge(m.group(1), 1, Integer::sum);
            }
            Matcher link = NEXT_LINK.matcher(body);
            next = link.find() ? link.group(1) : null;
        }
        return states;
    }

    private String waitWhileRunning(String id, long deadline) throws Exception {
        String state;
        do {
            HttpResponse<String> r = http.send(rp.get(RpClient.clusterPath(id)), HttpResponse.BodyHandlers.ofString());
            Matcher m = STATE.matcher(r.body());
            state = m.find() ? m.group(1) : "(none: " + r.statusCode() + ")";
            if (state.equals("Succeeded") || state.equals("Failed")) {
                return state;
            }
            Thread.sleep(10);
        } while (System.nanoTime() < deadline);
        return state;
    }

    private static double pct(List<Double> sorted, int p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }
}
