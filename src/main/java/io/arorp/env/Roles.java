package io.arorp.env;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The roles this process runs ({@code aro.roles}): one image, deployed once per role in production like the original's
 * {@code aro rp} / {@code aro monitor}; dev runs frontend and backend together.
 */
public record Roles(Set<String> names) {
    public static final String FRONTEND = "frontend";
    public static final String BACKEND = "backend";

    public Roles {
        names = Set.copyOf(names);
    }

    public static Roles parse(String spec) {
        return new Roles(Arrays.stream(spec == null ? new String[0] : spec.split(","))
                .map(s -> s.trim().toLowerCase(Locale.ROOT)).filter(s -> !s.isEmpty()).collect(Collectors.toSet()));
    }

    public boolean has(String role) {
        return names.contains(role);
    }
}
