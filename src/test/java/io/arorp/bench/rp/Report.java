package io.arorp.bench.rp;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The run written out: results.md (tables, targets, conditions), results.csv, and the plot beside them. */
final class Report {
    private Report() {
    }

    /** Everything a run measured besides the load table, each figure with its conditions. */
    record Run(String title, String store, String parameters, List<String> conditions, double firstStartSeconds,
            Optional<Double> restartSeconds, String restartNote, double rssMb, double rssPeakMb,
            Optional<Double> heapUsedMb, Optional<Double> heapCommittedMb, Optional<Double> heapMaxMb,
            BackendProbe.Outcome backend, double backendRssMb,
            List<String> notes) {
    }

    static void write(Path dir, Run run, List<Result> results) throws IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("results.csv"), csv(results));
        Files.writeString(dir.resolve("results.md"), markdown(run, results));
        Chart.write(results, run.title(), dir.resolve("results.png"));
    }

    static String csv(List<Result> results) {
        StringBuilder out = new StringBuilder("scenario,clients,requests,errors,seconds,req_per_s,p50_ms,p99_ms,"
                + "p999_ms,max_ms,p50_x_floor,p99_x_floor,req_per_s_x_floor,server_cpu_ms_per_req\n");
        for (Result r : results) {
            Result f = floor(results, r);
            out.append(String.format(Locale.ROOT, "\"%s\",%d,%d,%d,%.2f,%.1f,%.3f,%.3f,%.3f,%.3f,%.2f,%.2f,%.2f,%.3f%n",
                    r.scenario(), r.clients(), r.count(), r.errors(), r.seconds(), r.throughput(), r.p50(), r.p99(),
                    r.p999(), r.max(), r.p50() / f.p50(), r.p99() / f.p99(), r.throughput() / f.throughput(),
                    r.serverCpuMsPerRequest()));
        }
        return out.toString();
    }

    static String markdown(Run run, List<Result> results) {
        StringBuilder md = new StringBuilder("# " + run.title() + "\n\n");
        md.append("Store: ").append(run.store()).append(". ").append(run.parameters()).append("\n\n");
        md.append("| scenario | clients | requests | errors | req/s | p50 ms | p99 ms | p99.9 ms | max ms "
                + "| p50 ×floor | p99 ×floor | req/s ×floor | RP CPU ms/req |\n");
        md.append("|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|\n");
        for (Result r : results) {
            Result f = floor(results, r);
            md.append(String.format(Locale.ROOT, "| %s | %d | %d | %d | %.0f | %.2f | %.2f | %.2f | %.1f | %.2f "
                    + "| %.2f | %.2f | %.2f |%n", r.scenario(), r.clients(), r.count(), r.errors(), r.throughput(),
                    r.p50(), r.p99(), r.p999(), r.max(), r.p50() / f.p50(), r.p99() / f.p99(),
                    r.throughput() / f.throughput(), r.serverCpuMsPerRequest()));
        }
        md.append("\n").append(targets(run, results));
        md.append("\n## Start, memory, backend\n\n| figure | value |\n|---|---|\n");
        md.append(String.format(Locale.ROOT, "| server start to `/health/ready` UP, empty store | %.1f s |%n",
                run.firstStartSeconds()));
        md.append("| restart to ready, ").append(run.restartNote()).append(" | ")
                .append(run.restartSeconds().map(s -> String.format(Locale.ROOT, "%.1f s", s)).orElse("—"))
                .append(" |\n");
        md.append(String.format(Locale.ROOT, "| RSS after the run (VmRSS) / peak (VmHWM) | %.0f MB / %.0f MB |%n",
                run.rssMb(), run.rssPeakMb()));
        md.append("| heap used / committed / max after the run (`/metrics` memory_usedHeap_bytes, "
                + "memory_committedHeap_bytes, memory_maxHeap_bytes) | ").append(mb(run.heapUsedMb())).append(" / ")
                .append(mb(run.heapCommittedMb())).append(" / ").append(mb(run.heapMaxMb())).append(" |\n");
        md.append("| backend server: PUT to pickup | ").append(run.backend().pickup()).append(" |\n");
        md.append("| backend server: PUT to Succeeded (zero simulated cloud latency) | ")
                .append(run.backend().succeeded()).append(" |\n");
        md.append("| backend server: queued clusters until none is Creating | ").append(run.backend().dequeue())
                .append(" |\n");
        md.append("| backend server: peak concurrent workers | ").append(run.backend().workers()).append(" |\n");
        md.append(String.format(Locale.ROOT, "| backend server: RSS after the queue (VmRSS) | %.0f MB |%n",
                run.backendRssMb()));
        md.append("\n## Errors\n\n");
        results.stream().filter(r -> r.errors() > 0).forEach(r -> md.append("- ").append(r.scenario()).append(" @ ")
                .append(r.clients()).append(": ").append(r.errors()).append(", first: `")
                .append(r.firstError().replace('`', '\'').replace("\n", " ")).append("`\n"));
        if (results.stream().noneMatch(r -> r.errors() > 0)) {
            md.append("None.\n");
        }
        md.append("\n## Conditions\n\n");
        run.conditions().forEach(c -> md.append("- ").append(c).append("\n"));
        md.append("\n## Notes\n\n");
        run.notes().forEach(n -> md.append("- ").append(n).append("\n"));
        return md.toString();
    }

    private static String targets(Run run, List<Result> results) {
        StringBuilder md = new StringBuilder("## Targets\n\n| target | measured | met |\n|---|---|---|\n");
        Optional<Result> get50 = find(results, Scenarios.GET, 50);
        get50.ifPresent(r -> {
            md.append(row("GET cluster p99 < 10 ms at 50 clients", String.format(Locale.ROOT, "%.2f ms", r.p99()),
                    r.p99() < 10));
            double ratio = r.p99() / floor(results, r).p99();
            md.append(row("GET cluster p99 ratio to floor < 2 at 50 clients", String.format(Locale.ROOT, "%.2f",
                    ratio), ratio < 2));
        });
        results.stream().filter(r -> r.scenario().startsWith("PUT")).forEach(r -> md.append(row(
                r.scenario() + " p99 < 30 ms at " + r.clients() + " clients",
                String.format(Locale.ROOT, "%.2f ms", r.p99()), r.p99() < 30)));
        BackendProbe.Outcome b = run.backend();
        md.append(row("PUT-to-pickup p99 < 250 ms", String.format(Locale.ROOT, "%.1f ms", b.pickupP99Ms()),
                b.pickupP99Ms() < 250));
        md.append(row(b.queued() + " queued clusters all Succeeded in < 60 s (zero simulated cloud latency)",
                String.format(Locale.ROOT, "%d Succeeded, %.1f s", b.queueSucceeded(), b.queueSeconds()),
                b.queueSucceeded() == b.queued() && b.queueSeconds() < 60));
        md.append(row("server ready < 15 s (empty store)", String.format(Locale.ROOT, "%.1f s",
                run.firstStartSeconds()), run.firstStartSeconds() < 15));
        run.restartSeconds().ifPresent(s -> md.append(row("server ready < 15 s (restart, " + run.restartNote() + ")",
                String.format(Locale.ROOT, "%.1f s", s), s < 15)));
        md.append(row("RSS < 768 MB after the run", String.format(Locale.ROOT, "%.0f MB", run.rssMb()),
                run.rssMb() < 768));
        return md.toString();
    }

    private static String row(String target, String measured, boolean met) {
        return "| " + target + " | " + measured + " | " + (met ? "yes" : "**no**") + " |\n";
    }

    private static Optional<Result> find(List<Result> results, String scenario, int clients) {
        return results.stream().filter(r -> r.scenario().equals(scenario) && r.clients() == clients).findFirst();
    }

    private static Result floor(List<Result> results, Result r) {
        return find(results, Scenarios.FLOOR, r.clients()).orElse(r);
    }

    private static String mb(Optional<Double> v) {
        return v.map(x -> String.format(Locale.ROOT, "%.0f MB", x)).orElse("n/a");
    }
}
