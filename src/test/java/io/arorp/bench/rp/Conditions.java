package io.arorp.bench.rp;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** What else the machine was doing: load average and the busiest other processes, read from /proc and ps. */
final class Conditions {
    private Conditions() {
    }

    static String machine() throws IOException {
        String mem = Files.readAllLines(Path.of("/proc/meminfo")).get(0).replaceAll("\\s+", " ");
        return Runtime.getRuntime().availableProcessors() + " CPUs, " + mem + ", Java "
                + System.getProperty("java.version") + " (load client and RP on the same machine)";
    }

    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (IOException e) {
            return "n/a";
        }
    }

    /** The five busiest processes other than this JVM and its children (%CPU is averaged over their lifetime). */
    static List<String> busiestOthers(Set<Long> ours) {
        List<String> lines = new ArrayList<>();
        try {
            Process ps = new ProcessBuilder("ps", "-eo", "pid=,pcpu=,etime=,args=", "--sort=-pcpu").start();
            for (String line : new String(ps.getInputStream().readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String[] f = line.trim().split("\\s+", 4);
                if (f.length == 4 && !ours.contains(Long.parseLong(f[0])) && Double.parseDouble(f[1]) >= 1.0
                        && lines.size() < 5) {
                    lines.add(f[1] + "% CPU, up " + f[2] + ": `" + f[3].substring(0, Math.min(110, f[3].length()))
                            .replace('`', '\'') + "`");
                }
            }
        } catch (IOException | RuntimeException e) {
            lines.add("ps failed: " + e);
        }
        return lines;
    }
}
