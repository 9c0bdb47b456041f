package io.arorp.bench.rp;

import io.arorp.testing.ClusterBodies;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The backend's figures, seen from outside the way an operator would: a new cluster's GET until its
 * {@code provisioningState} leaves Creating (pickup) and reaches Succeeded, and how fast a queue of clusters is
 * picked up. A build without a backend is recognised by the pickup timeout, and reported as not measurable.
 */
final class BackendProbe {
    private static final Pattern STATE = Pattern.compile("\"provisioningState\"\\s*:\\s*\"(\\w+)\"");
    private static final Pattern NEXT_LINK = Pattern.compile("\"nextLink\"\\s*:\\s*\"([^\"]+)\"");

    /** Each figure is a measured value or the reason it is missing. */
    record Outcome(boolean backend, String pickup, String succeeded, String dequeue) {
    }

    private final RpClient rp;
    private final HttpClient http;
    private final Preload preload;

    BackendProbe(RpClient rp, HttpClient http, Preload preload) {
        this.rp = rp;
        this.http = http;
        this.preload = preload;
    }

    Outcome run(Duration pickupTimeout, Duration succeededTimeout, int queued) throws Exception {
        String subscription = preload.subscription("probe", 0);
        String id = ClusterBodies.clusterId(subscription, "probe-rg", "probe-0");
        long t0 = System.nanoTime();
        HttpResponse<String> put = http.send(rp.put(RpClient.clusterPath(id),
                ClusterBodies.create(subscription, "probe-0")), HttpResponse.BodyHandlers.ofString());
        if (put.statusCode() != 201) {
            throw new IllegalStateException("probe PUT: " + put.statusCode() + " " + put.body());
        }
        String state = waitWhile(id, s -> s.equals("Creating"), t0 + pickupTimeout.toNanos());
        if (state.equals("Creating")) {
            String none = "not measurable: no backend in this build (still Creating " + pickupTimeout.toSeconds()
                    + " s after the PUT)";
            return new Outcome(false, none, none, none);
        }
        String pickup = String.format("%.0f ms (state then: %s)", (System.nanoTime() - t0) / 1e6, state);
        state = waitWhile(id, s -> !s.equals("Succeeded") && !s.equals("Failed"), t0 + succeededTimeout.toNanos());
        String succeeded = state.equals("Succeeded") ? String.format("%.1f s", (System.nanoTime() - t0) / 1e9)
                : "not reached in " + succeededTimeout.toSeconds() + " s (state: " + state + ")";
        return new Outcome(true, pickup, succeeded, dequeue(queued, succeededTimeout));
    }

    /** Queues {@code queued} creates in one subscription, then counts how long until none is still Creating. */
    private String dequeue(int queued, Duration timeout) throws Exception {
        String subscription = preload.subscription("queue", 0);
        long t0 = System.nanoTime();
        preload.clusters(List.of(subscription), queued, queued, "queue");
        double putSeconds = (System.nanoTime() - t0) / 1e9;
        long deadline = t0 + timeout.toNanos();
        int creating;
        do {
            Thread.sleep(1000);
            creating = countCreating(subscription);
        } while (creating > 0 && System.nanoTime() < deadline);
        double seconds = (System.nanoTime() - t0) / 1e9;
        if (creating > 0) {
            return String.format("%d of %d left Creating in %.0f s (%.1f clusters/s; PUTs took %.1f s)",
                    queued - creating, queued, seconds, (queued - creating) / seconds, putSeconds);
        }
        return String.format("%d clusters left Creating %.1f s after the first PUT: %.1f clusters/s"
                + " (PUTs took %.1f s; 1 s polling)", queued, seconds, queued / seconds, putSeconds);
    }

    private int countCreating(String subscription) throws Exception {
        String next = "/subscriptions/" + subscription + "/providers/Microsoft.RedHatOpenShift/openShiftClusters?"
                + RpClient.API_VERSION;
        int creating = 0;
        while (next != null) {
            String body = http.send(rp.get(next), HttpResponse.BodyHandlers.ofString()).body();
            Matcher m = STATE.matcher(body);
            while (m.find()) {
                creating += m.group(1).equals("Creating") ? 1 : 0;
            }
            Matcher link = NEXT_LINK.matcher(body);
            next = link.find() ? link.group(1) : null;
        }
        return creating;
    }

    private String waitWhile(String id, java.util.function.Predicate<String> pending, long deadline)
            throws Exception {
        String state;
        do {
            HttpResponse<String> r = http.send(rp.get(RpClient.clusterPath(id)), HttpResponse.BodyHandlers.ofString());
            Matcher m = STATE.matcher(r.body());
            state = m.find() ? m.group(1) : "(none: " + r.statusCode() + ")";
            if (!pending.test(state)) {
                return state;
            }
            Thread.sleep(50);
        } while (System.nanoTime() < deadline);
        return state;
    }
}
