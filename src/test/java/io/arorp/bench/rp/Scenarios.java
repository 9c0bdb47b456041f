package io.arorp.bench.rp;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.arorp.testing.ClusterBodies;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The request mixes an operator watches, each as a factory of per-thread {@link Op}s. */
final class Scenarios {
    static final String FLOOR = "floor (GET /bench/floor)";
    static final String GET = "GET cluster";
    static final String LIST = "list by resource group (page of 10)";
    static final String STATUS = "GET async operation status";
    static final String CREATE = "PUT create (accepted)";
    static final String UPDATE = "PUT update (accepted)";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern NEXT_LINK = Pattern.compile("\"nextLink\"\\s*:\\s*\"([^\"]+)\"");

    private final RpClient rp;
    private final Fixture fixture;
    private final AtomicLong sequence = new AtomicLong();

    Scenarios(RpClient rp, Fixture fixture) {
        this.rp = rp;
        this.fixture = fixture;
    }

    Supplier<Op> floor() {
        return () -> cycling(List.of("/bench/floor"), r -> r.statusCode() == 200);
    }

    Supplier<Op> getCluster() {
        return () -> cycling(fixture.clusterIds().stream().map(RpClient::clusterPath).toList(),
                r -> r.statusCode() == 200);
    }

    Supplier<Op> asyncStatus() {
        return () -> cycling(fixture.asyncStatusUrls(), r -> r.statusCode() == 200);
    }

    /** Each thread walks a resource group's pages by nextLink, then starts on the next group. */
    Supplier<Op> listByResourceGroup() {
        return () -> new Op() {
            private int group = (int) (sequence.getAndIncrement() % fixture.resourceGroups().size());
            private String next;

            @Override
            public HttpRequest next() {
                if (next == null) {
                    group = (group + 1) % fixture.resourceGroups().size();
                    next = fixture.resourceGroups().get(group)
                            + "/providers/Microsoft.RedHatOpenShift/openShiftClusters?" + RpClient.API_VERSION;
                }
                return rp.get(next);
            }

            @Override
            public boolean accept(HttpResponse<String> r) {
                Matcher m = NEXT_LINK.matcher(r.body());
                next = m.find() ? m.group(1) : null;
                return r.statusCode() == 200 && r.body().contains("\"value\"");
            }
        };
    }

    /** A new cluster per request, round-robin over the create subscriptions; a resource group per level. */
    Supplier<Op> create(int clients) {
        return () -> new Op() {
            @Override
            public HttpRequest next() {
                long n = sequence.getAndIncrement();
                String subscription = fixture.createSubscriptions().get((int) (n % fixture.createSubscriptions().size()));
                String name = "create-c" + clients + "-" + n;
                String id = ClusterBodies.clusterId(subscription, "create-c" + clients, name);
                return rp.put(RpClient.clusterPath(id), ClusterBodies.create(subscription, name));
            }

            @Override
            public boolean accept(HttpResponse<String> r) {
                return r.statusCode() == 201;
            }
        };
    }

    /** One update per target: an accepted PUT leaves the cluster Updating, which refuses the next write. */
    Supplier<Op> update(int levelIndex) {
        Queue<String> targets = fixture.updateTargets().get(levelIndex);
        return () -> new Op() {
            @Override
            public HttpRequest next() {
                String id = targets.poll();
                if (id == null) {
                    return null;
                }
                // Read-modify-write, as a client updating a tag does: the cluster's GET body with one tag added.
                ObjectNode body = json(fixture.updateBodies().get(id));
                body.withObject("/tags").put("bench", Long.toString(sequence.getAndIncrement()));
                return rp.put(RpClient.clusterPath(id), body.toString());
            }

            @Override
            public boolean accept(HttpResponse<String> r) {
                return r.statusCode() == 200;
            }
        };
    }

    private static ObjectNode json(String body) {
        try {
            return (ObjectNode) JSON.readTree(body);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private Op cycling(List<String> paths, Predicate<HttpResponse<String>> ok) {
        return new Op() {
            private int i = (int) (sequence.getAndIncrement() * 7919 % paths.size());

            @Override
            public HttpRequest next() {
                i = (i + 1) % paths.size();
                return rp.get(paths.get(i));
            }

            @Override
            public boolean accept(HttpResponse<String> r) {
                return ok.test(r);
            }
        };
    }
}
