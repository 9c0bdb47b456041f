package io.arorp.frontend.cache;

import java.util.Comparator;

/** Orders x.y.z versions numerically (4.10.0 after 4.9.9), ignoring any pre-release suffix. */
final class VersionOrder {
    static final Comparator<String> SEMVER = VersionOrder::compare;

    private VersionOrder() {
    }

    static int compare(String a, String b) {
        String[] x = a.split("[.\\-+]");
        String[] y = b.split("[.\\-+]");
        for (int i = 0; i < 3; i++) {
            int c = Long.compare(number(x, i), number(y, i));
            if (c != 0) {
                return c;
            }
        }
        return a.compareTo(b);
    }

    private static long number(String[] parts, int i) {
        try {
            return i < parts.length ? Long.parseLong(parts[i]) : 0;
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
