package io.arorp.bench.rp;

import java.io.IOException;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One Liberty process of the RP started with {@code server run} (so this JVM owns it and can stop it), timed from
 * process start to the first {@code /health/ready} UP, and read for RSS and heap.
 */
final class RpServer implements AutoCloseable {
    private static final Pattern METRIC = Pattern.compile("^(\\w+)\\{([^}]*)}\\s+([0-9.eE+-]+)$");

    private final Process process;
    private final int httpPort;
    private final Duration startToReady;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private RpServer(Process process, int httpPort, Duration startToReady) {
        this.process = process;
        this.httpPort = httpPort;
        this.startToReady = startToReady;
    }

    /** Starts the server and waits until it is ready; {@code env} is added to this process's environment. */
    static RpServer start(Path wlp, String serverName, int httpPort, int httpsPort, Map<String, String> env, Path log)
            throws IOException, InterruptedException {
        checkPortOverride(wlp.resolve("usr/servers").resolve(serverName), httpPort, httpsPort);
        awaitFree(httpPort);
        awaitFree(httpsPort);
        ProcessBuilder builder = new ProcessBuilder(wlp.resolve("bin/server").toString(), "run", serverName)
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(env);
        builder.environment().put("HTTP_PORT", Integer.toString(httpPort));
        builder.environment().put("HTTPS_PORT", Integer.toString(httpsPort));
        long started = System.nanoTime();
        Process process = builder.start();
        RpServer server = new RpServer(process, httpPort, null);
        long deadline = started + TimeUnit.SECONDS.toNanos(300);
        while (!server.ready()) {
            if (!process.isAlive() || System.nanoTime() > deadline) {
                server.close();
                throw new IOException("the RP did not become ready (exit or 300 s); see " + log);
            }
            Thread.sleep(50);
        }
        return new RpServer(process, httpPort, Duration.ofNanos(System.nanoTime() - started));
    }

    /**
     * Liberty does not retry a port it could not bind: the server would run without its HTTP endpoint and never be
     * ready. A port still held (the previous server's JVM exiting, another process) fails here with a clear message.
     */
    private static void awaitFree(int port) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (true) {
            try (ServerSocket probe = new ServerSocket()) {
                probe.setReuseAddress(true);
                probe.bind(new InetSocketAddress("127.0.0.1", port));
                return;
            } catch (BindException e) {
                if (System.nanoTime() > deadline) {
                    throw new IOException("port " + port + " is still in use after 30 s; stop what holds it "
                            + "(ss -ltnp 'sport = :" + port + "') or choose other BENCH_HTTP_PORT/BENCH_HTTPS_PORT", e);
                }
                Thread.sleep(200);
            }
        }
    }

    /** liberty-maven-plugin writes the build's liberty.var ports into an override that beats the environment. */
    private static void checkPortOverride(Path serverDir, int httpPort, int httpsPort) throws IOException {
        Path override = serverDir.resolve("configDropins/overrides/liberty-plugin-variable-config.xml");
        if (Files.isRegularFile(override)) {
            String xml = Files.readString(override);
            if (!xml.contains("\"http.port\" value=\"" + httpPort + "\"")
                    || !xml.contains("\"https.port\" value=\"" + httpsPort + "\"")) {
                throw new IllegalStateException(override + " pins other ports; build with -Dliberty.var.http.port="
                        + httpPort + " -Dliberty.var.https.port=" + httpsPort + " (bench/run.sh does)");
            }
        }
    }

    private boolean ready() {
        try {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(uri("/health/ready"))
                    .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
            return r.statusCode() == 200 && r.body().contains("\"UP\"");
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    Duration startToReady() {
        return startToReady;
    }

    /** The JVM's pid: {@code server run} execs java, but a wrapper shell would leave java as its child. */
    long jvmPid() {
        return process.descendants().filter(p -> p.info().command().orElse("").endsWith("java"))
                .mapToLong(ProcessHandle::pid).findFirst().orElse(process.pid());
    }

    /** A line of /proc/<pid>/status in MB, e.g. VmRSS (resident now) or VmHWM (resident peak). */
    double procStatusMb(String field) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(jvmPid()), "status"))) {
            if (line.startsWith(field + ":")) {
                return Long.parseLong(line.replaceAll("\\D", "")) / 1024.0;
            }
        }
        return Double.NaN;
    }

    /** User + system CPU seconds of the JVM so far (/proc/<pid>/stat, 100 ticks a second on Linux). */
    double cpuSeconds() {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(jvmPid()), "stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(f[11]) + Long.parseLong(f[12])) / 100.0;
        } catch (IOException e) {
            return Double.NaN;
        }
    }

    /** Sum of a /metrics gauge over the series whose labels contain {@code label} (e.g. area="heap"), in MB. */
    Optional<Double> metricMb(String name, String label) throws IOException, InterruptedException {
        String body = http.send(HttpRequest.newBuilder(uri("/metrics")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        double sum = 0;
        boolean found = false;
        for (String line : body.split("\n")) {
            Matcher m = METRIC.matcher(line.trim());
            if (m.matches() && m.group(1).equals(name) && m.group(2).contains(label)) {
                sum += Double.parseDouble(m.group(3));
                found = true;
            }
        }
        return found ? Optional.of(sum / (1024.0 * 1024.0)) : Optional.empty();
    }

    /** The value of a /metrics series without labels beyond the scope (a gauge), if the server reports it. */
    Optional<Double> metric(String name) throws IOException, InterruptedException {
        return metricSeries(name, "mp_scope").values().stream().findFirst();
    }

    /** The series of a /metrics name by the value of one of its labels (e.g. quantile="0.99" keyed "0.99"). */
    Map<String, Double> metricSeries(String name, String label) throws IOException, InterruptedException {
        String body = http.send(HttpRequest.newBuilder(uri("/metrics")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Pattern labelValue = Pattern.compile(label + "=\"([^\"]*)\"");
        Map<String, Double> series = new java.util.TreeMap<>();
        for (String line : body.split("\n")) {
            Matcher m = METRIC.matcher(line.trim());
            if (m.matches() && m.group(1).equals(name)) {
                Matcher v = labelValue.matcher(m.group(2));
                if (v.find()) {
                    series.put(v.group(1), Double.parseDouble(m.group(3)));
                }
            }
        }
        return series;
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + httpPort + path);
    }

    /** SIGTERM (the RP drains, then Liberty stops), then a forced stop after two minutes. */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
        }
    }
}
