package io.arorp.bench;

import io.arorp.api.ClusterProfile;
import io.arorp.api.NetworkProfile;
import io.arorp.api.OpenShiftCluster;
import io.arorp.api.OpenShiftClusterProperties;
import io.arorp.api.ProvisioningState;
import io.arorp.api.Secret;
import io.arorp.database.Containers;
import io.arorp.database.DocumentCodec;
import io.arorp.database.LeaseOwner;
import io.arorp.database.OpenShiftClusterDocument;
import io.arorp.database.OpenShiftClusters;
import io.arorp.database.contract.CosmosTestServer;
import io.arorp.database.secret.AesGcmSecretSealer;
import io.arorp.database.store.DocumentStore;
import io.arorp.database.store.cosmos.CosmosDocumentStore;
import io.arorp.database.store.embedded.EmbeddedDocumentStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.IntConsumer;

/**
 * Latency of the operations the RP does most, on both adapters, single-threaded, and the embedded file's size for
 * 10,000 clusters. A harness, not a test: run it by hand (bench/README.md); numbers depend on the machine.
 */
public final class StoreBench {
    private static final int SEED = 1000;
    private static final int OPS = 1000;
    private static final int DEQUEUES = 200;

    private StoreBench() {
    }

    public static void main(String[] args) throws Exception {
        DocumentCodec codec = new DocumentCodec(new AesGcmSecretSealer(Map.of("bench", new byte[32]), new SecureRandom()));
        Path dir = Files.createTempDirectory("aro-bench");
        try (EmbeddedDocumentStore embedded = EmbeddedDocumentStore.open(dir.resolve("bench.mv.db"))) {
            embedded.ensureContainers(Containers.ALL);
            run("embedded", embedded, codec);
        }
        String reason = CosmosTestServer.unavailableReason();
        if (reason != null) {
            System.out.println(reason);
        } else {
            try (CosmosTestServer server = CosmosTestServer.start()) {
                CosmosDocumentStore cosmos = new CosmosDocumentStore(server.client(), "bench", false, "bench");
                cosmos.ensureContainers(Containers.ALL);
                run("cosmos (SDK 4.81.0 -> local test server over HTTP)", cosmos, codec);
            }
        }
        Path file = dir.resolve("size.mv.db");
        try (EmbeddedDocumentStore embedded = EmbeddedDocumentStore.open(file)) {
            embedded.ensureContainers(Containers.ALL);
            OpenShiftClusters clusters = new OpenShiftClusters(embedded, codec, new LeaseOwner("bench"));
            for (int i = 0; i < 10_000; i++) {
                clusters.create(cluster("size", i, ProvisioningState.SUCCEEDED));
            }
            System.out.printf("embedded: one cluster document is %d bytes of JSON%n",
                    embedded.read("OpenShiftClusters", "size", clusters.get(key("size", 0)).orElseThrow().getId())
                            .orElseThrow().toString().length());
        }
        System.out.printf("embedded: 10,000 cluster documents, as written (one commit each): %.1f MB on disk%n",
                Files.size(file) / 1e6);
        long start = System.nanoTime();
        try (EmbeddedDocumentStore reopened = EmbeddedDocumentStore.open(file)) {
            System.out.printf("embedded: after the start-up compaction (%.1f s): %.1f MB on disk%n",
                    (System.nanoTime() - start) / 1e9, Files.size(file) / 1e6);
        }
    }

    private static void run(String name, DocumentStore store, DocumentCodec codec) {
        OpenShiftClusters clusters = new OpenShiftClusters(store, codec, new LeaseOwner("bench"));
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < SEED; i++) {
            ids.add(clusters.create(cluster("read", i, ProvisioningState.SUCCEEDED)).getId());
        }
        report(name, "point read", OPS, i -> store.read("OpenShiftClusters", "read", ids.get(i % SEED)).orElseThrow());
        report(name, "upsert", OPS, i -> store.upsert("OpenShiftClusters",
                store.read("OpenShiftClusters", "read", ids.get(i % SEED)).orElseThrow()));
        report(name, "patch (query by key + replace, retry on 412)", OPS,
                i -> clusters.patch(key("read", i % SEED), d -> d.setBucket(i % 256)));
        for (int i = 0; i < DEQUEUES; i++) {
            clusters.create(cluster("queue", i, ProvisioningState.CREATING));
        }
        report(name, "dequeue (" + DEQUEUES + " queued)", DEQUEUES, i -> clusters.dequeue().orElseThrow());
    }

    private static void report(String store, String op, int n, IntConsumer action) {
        for (int i = 0; i < Math.min(n, 100); i++) { // warm-up on the same documents
            if (!op.startsWith("dequeue")) {
                action.accept(i);
            }
        }
        long[] nanos = new long[n];
        for (int i = 0; i < n; i++) {
            long start = System.nanoTime();
            action.accept(i);
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        System.out.printf("%-50s %-45s n=%5d  p50 %7.2f ms  p99 %7.2f ms  mean %7.2f ms%n", store, op, n,
                nanos[n / 2] / 1e6, nanos[n * 99 / 100] / 1e6, Arrays.stream(nanos).average().orElse(0) / 1e6);
    }

    private static String key(String subscription, int i) {
        return "/subscriptions/" + subscription + "/resourcegroups/rg/providers/microsoft.redhatopenshift/"
                + "openshiftclusters/cluster-" + i;
    }

    /** A cluster document of realistic size: profiles, network, sealed secrets. */
    private static OpenShiftClusterDocument cluster(String subscription, int i, ProvisioningState state) {
        OpenShiftClusterProperties properties = new OpenShiftClusterProperties();
        properties.setProvisioningState(state);
        ClusterProfile profile = new ClusterProfile();
        profile.setPullSecret(Secret.of("{\"auths\":{\"cloud.openshift.com\":{\"auth\":\"" + "x".repeat(600) + "\"}}}"));
        profile.setDomain("cluster" + i + ".example.com");
        profile.setVersion("4.15.27");
        profile.setResourceGroupId("/subscriptions/" + subscription + "/resourceGroups/aro-" + i);
        properties.setClusterProfile(profile);
        NetworkProfile network = new NetworkProfile();
        network.setPodCidr("10.128.0.0/14");
        network.setServiceCidr("172.30.0.0/16");
        properties.setNetworkProfile(network);
        properties.setKubeadminPassword(Secret.of(UUID.randomUUID().toString()));
        properties.setAdminKubeconfig(Secret.of("k".repeat(1500)));
        properties.setInfraId("cluster-" + i + "-abcde");
        OpenShiftCluster cluster = new OpenShiftCluster();
        cluster.setId(key(subscription, i));
        cluster.setName("cluster-" + i);
        cluster.setType("Microsoft.RedHatOpenShift/openShiftClusters");
        cluster.setLocation("eastus");
        cluster.setProperties(properties);
        OpenShiftClusterDocument doc = new OpenShiftClusterDocument();
        doc.setId(UUID.randomUUID().toString());
        doc.setKey(key(subscription, i));
        doc.setClientIdKey(UUID.randomUUID().toString());
        doc.setClusterResourceGroupIdKey(profile.getResourceGroupId().toLowerCase());
        doc.setBucket(i % 256);
        doc.setOpenShiftCluster(cluster);
        return doc;
    }
}
