package io.arorp.bench.rp;

import io.arorp.testing.ClusterBodies;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Fills the RP through its HTTP API, as ARM would: subscriptions registered, then one PUT per cluster. */
final class Preload {
    static final String TENANT = "22222222-2222-2222-2222-222222222222";
    private static final int CLIENTS = 10;

    private final RpClient rp;
    private final HttpClient http;

    Preload(RpClient rp, HttpClient http) {
        this.rp = rp;
        this.http = http;
    }

    /** A fresh registered subscription id; {@code n} makes it deterministic per run (bench-style UUIDs). */
    String subscription(String role, int n) throws IOException, InterruptedException {
        String id = UUID.nameUUIDFromBytes((role + "-" + n).getBytes()).toString();
        rp.registerSubscription(http, id, TENANT);
        return id;
    }

    /** The cluster ids of {@code names} created in one resource group each (group chosen by the caller). */
    record Created(List<String> ids, List<String> asyncStatusUrls) {
    }

    /**
     * Creates {@code count} clusters spread over the given subscriptions, {@code perGroup} to a resource group;
     * fails on the first refused PUT, since every later figure depends on the preload.
     */
    Created clusters(List<String> subscriptions, int count, int perGroup, String prefix) throws Exception {
        ConcurrentLinkedQueue<String> ids = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<String> urls = new ConcurrentLinkedQueue<>();
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int n = i;
                futures.add(pool.submit(() -> {
                    String subscription = subscriptions.get(n % subscriptions.size());
                    int inSubscription = n / subscriptions.size();
                    String group = prefix + "-rg-" + inSubscription / perGroup;
                    String name = prefix + "-" + n;
                    String id = ClusterBodies.clusterId(subscription, group, name);
                    HttpResponse<String> r = http.send(rp.put(RpClient.clusterPath(id),
                            ClusterBodies.create(subscription, name)), HttpResponse.BodyHandlers.ofString());
                    if (r.statusCode() != 201) {
                        throw new IOException("preload PUT " + id + ": " + r.statusCode() + " " + r.body());
                    }
                    ids.add(id);
                    r.headers().firstValue("Azure-AsyncOperation").ifPresent(urls::add);
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        return new Created(List.copyOf(ids), List.copyOf(urls));
    }

    /** Each cluster's GET body, the starting point of a client's read-modify-PUT. */
    Map<String, String> bodies(List<String> ids) throws Exception {
        Map<String, String> bodies = new ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (String id : ids) {
                futures.add(pool.submit(() -> {
                    HttpResponse<String> r = http.send(rp.get(RpClient.clusterPath(id)),
                            HttpResponse.BodyHandlers.ofString());
                    if (r.statusCode() != 200) {
                        throw new IOException("GET " + id + ": " + r.statusCode() + " " + r.body());
                    }
                    bodies.put(id, r.body());
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        return bodies;
    }

    /** The resource groups {@link #clusters} filled, as paths. */
    static List<String> resourceGroups(List<String> subscriptions, int count, int perGroup, String prefix) {
        List<String> groups = new ArrayList<>();
        int perSubscription = (count + subscriptions.size() - 1) / subscriptions.size();
        for (String s : subscriptions) {
            for (int g = 0; g * perGroup < perSubscription; g++) {
                groups.add("/subscriptions/" + s + "/resourceGroups/" + prefix + "-rg-" + g);
            }
        }
        return groups;
    }
}
