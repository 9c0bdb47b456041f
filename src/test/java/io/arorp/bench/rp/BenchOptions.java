package io.arorp.bench.rp;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** {@code --name=value} arguments of {@link RpBench}, each with the default bench/README.md documents. */
final class BenchOptions {
    private final Map<String, String> values = new HashMap<>();

    BenchOptions(String[] args) {
        for (String arg : args) {
            if (!arg.startsWith("--") || !arg.contains("=")) {
                throw new IllegalArgumentException("expected --name=value, got " + arg);
            }
            values.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
        }
    }

    String text(String name, String fallback) {
        return values.getOrDefault(name, fallback);
    }

    int number(String name, int fallback) {
        return Integer.parseInt(text(name, Integer.toString(fallback)));
    }

    Duration seconds(String name, int fallback) {
        return Duration.ofSeconds(number(name, fallback));
    }

    Path path(String name, String fallback) {
        return Path.of(text(name, fallback));
    }

    List<Integer> levels() {
        return Arrays.stream(text("levels", "1,10,50").split(",")).map(String::trim).map(Integer::parseInt).toList();
    }
}
