package io.arorp.env.hive;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reading an untyped ClusterDeployment (client-java hands custom objects over as maps): its spec, and whether Hive
 * gave up on it ({@code ProvisionFailed} or {@code ProvisionStopped} true, the conditions Hive sets when the install
 * job failed or ran out of attempts).
 */
final class HiveStatus {
    private static final List<String> FAILED = List.of("ProvisionFailed", "ProvisionStopped");

    private HiveStatus() {
    }

    static Map<String, Object> spec(Map<String, Object> cd) {
        return map(cd.get("spec"));
    }

    static Optional<String> failure(Map<String, Object> cd) {
        Object conditions = map(cd.get("status")).get("conditions");
        if (!(conditions instanceof List<?> list)) {
            return Optional.empty();
        }
        return list.stream().map(HiveStatus::map)
                .filter(c -> FAILED.contains(String.valueOf(c.get("type"))) && "True".equals(c.get("status")))
                .map(c -> c.get("type") + ": " + c.getOrDefault("message", c.get("reason")))
                .findFirst();
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object value) {
        return value instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    static Map<String, Object> asMap(Object value) {
        return map(value);
    }
}
