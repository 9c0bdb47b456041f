package io.arorp.bench.rp;

import io.arorp.database.Containers;
import io.arorp.database.contract.CosmosTestServer;
import io.arorp.database.store.DocumentStore;
import io.arorp.database.store.cosmos.CosmosClients;
import io.arorp.database.store.cosmos.CosmosDocumentStore;
import io.arorp.database.store.cosmos.CosmosSettings;
import io.arorp.database.store.embedded.EmbeddedDocumentStore;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Supplier;

/**
 * The RP benchmark (bench/README.md): starts the RP in dev on a fresh store, probes for a backend, preloads clusters
 * through the API, restarts it, drives each scenario at each concurrency level next to the floor, reads memory, stops
 * it and writes results.md, results.csv and results.png. Not a test: numbers depend on the machine.
 */
public final class RpBench {
    private RpBench() {
    }

    public static void main(String[] args) throws Exception {
        BenchOptions o = new BenchOptions(args);
        String store = o.text("store", "embedded");
        Path wlp = o.path("wlp", "target/liberty/wlp");
        String serverName = o.text("server", "aroServer");
        Path serverDir = wlp.resolve("usr/servers").resolve(serverName);
        int httpPort = o.number("http", 8180);
        int httpsPort = o.number("https", 8543);
        int clusters = o.number("clusters", 1000);
        int subscriptions = o.number("subscriptions", 10);
        int perGroup = o.number("per-group", 25);
        int targetsPerLevel = o.number("update-targets", 1000);
        List<Integer> levels = o.levels();
        Duration warmup = o.seconds("warmup", 5);
        Duration measure = o.seconds("measure", 15);
        Path out = o.path("out", "bench/results/scratch/" + Instant.now().toString().replace(':', '-') + "-" + store);
        Path work = Files.createTempDirectory("aro-bench-");
        Path log = work.resolve("server.log");
        System.out.println("server log: " + log);

        Map<String, String> env = new HashMap<>(Map.of("MP_CONFIG_PROFILE", "dev",
                "ARO_STORE_EMBEDDED_PATH", work.resolve("store.mv.db").toString(),
                "ARO_SIM_CLUSTERS_PATH", work.resolve("clusters").toString(), "ARO_BENCH_FLOOR_ENDPOINT", "true"));
        CosmosTestServer cosmos = null;
        if (store.equals("cosmos")) {
            String reason = CosmosTestServer.unavailableReason();
            if (reason != null) {
                throw new IllegalStateException(reason);
            }
            cosmos = CosmosTestServer.start();
            env.putAll(Map.of("ARO_STORE_KIND", "cosmos", "ARO_STORE_COSMOS_ENDPOINT", cosmos.endpoint(),
                    "ARO_STORE_COSMOS_KEY", CosmosTestServer.EMULATOR_KEY,
                    "ARO_STORE_COSMOS_ENDPOINT_DISCOVERY", "false",
                    "JVM_ARGS", "-DCOSMOS.HTTP_CONNECTION_WITHOUT_TLS_ALLOWED=true"));
        }
        String jvmArgs = (env.getOrDefault("JVM_ARGS", "") + " " + o.text("server-jvm-args", "")).trim();
        if (!jvmArgs.isEmpty()) {
            env.put("JVM_ARGS", jvmArgs);
        }
        Set<Long> ours = new HashSet<>(Set.of(ProcessHandle.current().pid()));
        ProcessHandle.current().descendants().forEach(p -> ours.add(p.pid()));
        List<String> conditions = new ArrayList<>(List.of("date " + Instant.now(), Conditions.machine(),
                "load average before (1/5/15 min, runnable/total, last pid): " + Conditions.loadAverage()));
        Conditions.busiestOthers(ours).forEach(p -> conditions.add("busiest other process before: " + p));

        // The backend on a server of its own: zero simulated cloud latency, quota that never binds, a fresh store.
        Map<String, String> backendEnv = new HashMap<>(env);
        backendEnv.putAll(Map.of("ARO_ROLES", "frontend,backend", "ARO_SIM_CLOUD_LATENCY", "PT0S",
                "ARO_SIM_CLOUD_CORES_LIMIT", "100000000",
                "ARO_STORE_EMBEDDED_PATH", work.resolve("backend-store.mv.db").toString(),
                "ARO_SIM_CLUSTERS_PATH", work.resolve("backend-clusters").toString()));
        if (!o.text("max-workers", "").isEmpty()) { // the RP's default is the original's 100
            backendEnv.put("ARO_BACKEND_MAX_WORKERS", o.text("max-workers", ""));
        }
        BackendProbe.Outcome backend;
        double backendRss;
        RpClient rp;
        try (RpServer backendServer = RpServer.start(wlp, serverName, httpPort, httpsPort, backendEnv, log)) {
            rp = RpClient.forServer(serverDir, httpsPort); // the server makes its key store on its first start
            HttpClient http = rp.newHttpClient();
            backend = new BackendProbe(rp, http, new Preload(rp, http), backendServer).run(o.number("samples", 30),
                    o.seconds("succeeded-timeout", 600));
        }
        // The queue: PUT on a frontend-only server, so every cluster is queued before any backend runs; then a
        // server with the backend on the same store, timed from its process start until none is Creating.
        int queued = o.number("queued", 1000);
        int queueSubscriptions = o.number("queue-subscriptions", 10);
        Map<String, String> queueEnv = new HashMap<>(backendEnv);
        queueEnv.put("ARO_ROLES", "frontend");
        List<String> queueSubs;
        double putSeconds;
        try (RpServer frontendOnly = RpServer.start(wlp, serverName, httpPort, httpsPort, queueEnv, log)) {
            HttpClient http = rp.newHttpClient();
            Preload queuePreload = new Preload(rp, http);
            queueSubs = BackendProbe.queueSubscriptions(queuePreload, queueSubscriptions);
            long p0 = System.nanoTime();
            queuePreload.clusters(queueSubs, queued, 25, "q");
            putSeconds = (System.nanoTime() - p0) / 1e9;
        }
        queueEnv.put("ARO_ROLES", "frontend,backend");
        long q0 = System.nanoTime();
        try (RpServer backendServer = RpServer.start(wlp, serverName, httpPort, httpsPort, queueEnv, log)) {
            HttpClient http = rp.newHttpClient();
            BackendProbe probe = new BackendProbe(rp, http, new Preload(rp, http), backendServer);
            BackendProbe.Queue drained = probe.drain(queueSubs, q0, o.seconds("succeeded-timeout", 600));
            double ready = backendServer.startToReady().toMillis() / 1000.0;
            String workers = backendServer.metric("backend_openshiftcluster_workers_peak")
                    .map(v -> String.format("%.0f", v)).orElse("not reported");
            backend = backend.withQueue(String.format("%d clusters PUT in %d subscriptions (%.1f s at 10 clients) on a"
                    + " frontend-only server, then a server with the backend on that store: %s from its process start"
                    + " (ready after %.1f s; %.1f clusters/s from ready; peak workers %s)", queued,
                    queueSubscriptions, putSeconds, drained.text(), ready,
                    drained.succeeded() / Math.max(0.001, drained.seconds() - ready), workers), queued, drained, workers);
            backendRss = backendServer.procStatusMb("VmRSS");
        }
        System.out.println("backend: " + backend);
        System.out.printf("backend server RSS after the queue: %.0f MB%n", backendRss);
        if (Boolean.parseBoolean(o.text("backend-only", "false"))) { // the backend figures alone, for working on the dequeue path
            if (cosmos != null) {
                cosmos.close();
            }
            return;
        }

        // The frontend figures without a backend: every preloaded cluster would otherwise become a simulated cluster.
        env.put("ARO_ROLES", "frontend");
        RpServer server = RpServer.start(wlp, serverName, httpPort, httpsPort, env, log);
        double firstStart = server.startToReady().toMillis() / 1000.0;
        System.out.printf("ready after %.1f s (empty store)%n", firstStart);
        HttpClient setup = rp.newHttpClient();
        Preload preload = new Preload(rp, setup);

        List<String> subs = new ArrayList<>();
        for (int i = 0; i < subscriptions; i++) {
            subs.add(preload.subscription("bench", i));
        }
        long t0 = System.nanoTime();
        Preload.Created created = preload.clusters(subs, clusters, perGroup, "c");
        double preloadSeconds = (System.nanoTime() - t0) / 1e9;
        // The embedded store reads a cluster by scanning its subscription's partition, so every subscription the
        // run writes to holds about as many clusters as the preloaded ones (clusters / subscriptions).
        int perSubscription = Math.max(1, clusters / subscriptions);
        int targetCount = targetsPerLevel * levels.size();
        List<String> updateSubs = new ArrayList<>();
        for (int i = 0; i * perSubscription < targetCount; i++) {
            updateSubs.add(preload.subscription("update", i));
        }
        Preload.Created targets = preload.clusters(updateSubs, targetCount, perGroup, "u");
        List<String> createSubs = new ArrayList<>();
        for (int i = 0; i < subscriptions; i++) {
            createSubs.add(preload.subscription("create", i));
        }
        System.out.printf("preloaded %d clusters in %.1f s, plus %d update targets in %d subscriptions%n", clusters,
                preloadSeconds, targets.ids().size(), updateSubs.size());

        server.close();
        String restartNote = "store holds " + (created.ids().size() + targets.ids().size()) + " clusters";
        try (DocumentStore documents = open(store, work, cosmos)) {
            documents.ensureContainers(Containers.ALL);
            UpdateTargets.markSucceeded(documents, targets.ids());
        }
        restartNote += "; update targets set Succeeded offline (frontend-only server)";
        server = RpServer.start(wlp, serverName, httpPort, httpsPort, env, log);
        double restart = server.startToReady().toMillis() / 1000.0;
        System.out.printf("ready after %.1f s (%s)%n", restart, restartNote);

        Fixture fixture = new Fixture(created.ids(), Preload.resourceGroups(subs, clusters, perGroup, "c"),
                created.asyncStatusUrls(), split(targets.ids(), levels.size(), targetsPerLevel),
                new Preload(rp, rp.newHttpClient()).bodies(targets.ids()), createSubs);
        Scenarios scenarios = new Scenarios(rp, fixture);
        List<Result> results = new ArrayList<>();
        RpServer running = server;
        for (int li = 0; li < levels.size(); li++) {
            int c = levels.get(li);
            HttpClient http = rp.newHttpClient();
            Map<String, Supplier<Op>> mix = new java.util.LinkedHashMap<>();
            mix.put(Scenarios.FLOOR, scenarios.floor());
            mix.put(Scenarios.GET, scenarios.getCluster());
            mix.put(Scenarios.LIST, scenarios.listByResourceGroup());
            mix.put(Scenarios.STATUS, scenarios.asyncStatus());
            mix.put(Scenarios.CREATE, scenarios.create(c));
            mix.put(Scenarios.UPDATE, scenarios.update(li));
            for (Map.Entry<String, Supplier<Op>> e : mix.entrySet()) {
                // Update targets are few and used up once; the same PUT path is already warm from the creates.
                Duration w = e.getKey().equals(Scenarios.UPDATE) ? Duration.ofSeconds(1) : warmup;
                Result r = LoadRunner.run(e.getKey(), c, http, e.getValue(), w, measure, running::cpuSeconds);
                results.add(r);
                System.out.printf("%-40s c=%-3d n=%-7d err=%-4d %8.0f req/s  p50 %7.2f  p99 %7.2f  p99.9 %7.2f ms"
                        + "  cpu %.2f ms/req%n", r.scenario(), c, r.count(), r.errors(), r.throughput(), r.p50(),
                        r.p99(), r.p999(), r.serverCpuMsPerRequest());
            }
        }

        Thread.sleep(2000);
        double rss = server.procStatusMb("VmRSS");
        double hwm = server.procStatusMb("VmHWM");
        Optional<Double> heapUsed = server.metricMb("memory_usedHeap_bytes", "mp_scope=\"base\"");
        Optional<Double> heapCommitted = server.metricMb("memory_committedHeap_bytes", "mp_scope=\"base\"");
        Optional<Double> heapMax = server.metricMb("memory_maxHeap_bytes", "mp_scope=\"base\"");
        conditions.add("load average after: " + Conditions.loadAverage());
        ours.add(server.jvmPid());
        ProcessHandle.current().descendants().forEach(p -> ours.add(p.pid()));
        Conditions.busiestOthers(ours).forEach(p -> conditions.add("busiest other process after: " + p));
        server.close();
        if (cosmos != null) {
            cosmos.close();
        }
        String parameters = String.format("%d clusters preloaded through the API in %d subscriptions (%d per resource"
                + " group, %.1f s at 10 clients); levels %s; warm-up %d s, measured window %d s per scenario and level"
                + " (update: 1 s warm-up, %d targets per level); HTTPS, HTTP/1.1 keep-alive, closed loop."
                + " RP JVM options added: %s.", clusters, subscriptions, perGroup, preloadSeconds, levels,
                warmup.toSeconds(), measure.toSeconds(), targetsPerLevel,
                jvmArgs.isEmpty() ? "none (Liberty and JVM defaults)" : "`" + jvmArgs + "`");
        List<String> notes = List.of(
                "Ratios (×floor) divide by the floor measured at the same level in the same run; the floor is "
                        + "`GET /bench/floor` (`{}`) through the same HTTPS endpoint and global filters.",
                "RP CPU ms/req is the server JVM's user+system CPU over the window divided by the requests answered.",
                "Closed-loop client: percentiles are per answered request at the rate the server sustained "
                        + "(coordinated omission not corrected).",
                "Liberty's default maxKeepAliveRequests (100) closes each connection after 100 requests, so TLS "
                        + "handshakes are part of every figure, floor included.",
                "The frontend server answers with dev's simulated Azure, each call taking 20 ms "
                        + "(aro.sim.cloud.latency): a PUT create's checks read the VM sizes, quota usages and provider "
                        + "registrations side by side, so about 20 ms of each create is that simulated round trip.");
        Report.Run run = new Report.Run("aro-rp benchmark, " + store + " store, " + Instant.now().toString()
                .substring(0, 10), storeDescription(store), parameters, conditions, firstStart, Optional.of(restart),
                restartNote, rss, hwm, heapUsed, heapCommitted, heapMax, backend, backendRss, notes);
        Report.write(out, run, results);
        System.out.println(Report.markdown(run, results));
        System.out.println("written: " + out.toAbsolutePath());
    }

    private static String storeDescription(String store) {
        return store.equals("cosmos")
                ? "Cosmos (azure-cosmos SDK, gateway mode, over HTTP to the local Node test server tools/cosmosdb)"
                : "embedded (H2 MVStore file, fresh per run)";
    }

    private static DocumentStore open(String store, Path work, CosmosTestServer cosmos) {
        if (store.equals("cosmos")) {
            return new CosmosDocumentStore(CosmosClients.build(new CosmosSettings(cosmos.endpoint(),
                    Optional.of(CosmosTestServer.EMULATOR_KEY), "ARO", false, Duration.ofSeconds(2))), "ARO", true,
                    "bench");
        }
        return EmbeddedDocumentStore.open(work.resolve("store.mv.db"));
    }

    private static List<Queue<String>> split(List<String> ids, int parts, int perPart) {
        List<Queue<String>> queues = new ArrayList<>();
        for (int i = 0; i < parts; i++) {
            queues.add(new ConcurrentLinkedQueue<>(ids.subList(i * perPart, Math.min(ids.size(), (i + 1) * perPart))));
        }
        return queues;
    }
}
