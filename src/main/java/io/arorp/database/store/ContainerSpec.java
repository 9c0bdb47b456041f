package io.arorp.database.store;

import java.util.List;
import java.util.Objects;

/**
 * How a container is laid out, as the original deploys it: Cosmos creates it from this at start-up and the
 * embedded store enforces the same partitioning, unique keys, expiry and triggers.
 *
 * @param name             the container name, e.g. {@code OpenShiftClusters}
 * @param partitionKeyPath a top-level JSON path such as {@code /partitionKey}
 * @param uniqueKeyPaths   top-level paths unique within a logical partition (besides {@code /id})
 * @param defaultTtl       null: TTL off; -1: on, documents expire only with their own {@code ttl}; n: seconds
 * @param triggers         the pre-triggers callers may name on writes to this container
 * @param indexedPaths     dotted paths the embedded store keeps in a small per-document index, so queries that read
 *                         only these paths ({@link StoreQuery#reads()}) skip parsing whole documents; Cosmos indexes
 *                         every path anyway
 */
public record ContainerSpec(String name, String partitionKeyPath, List<String> uniqueKeyPaths, Integer defaultTtl,
        List<Trigger> triggers, List<String> indexedPaths) {
    public ContainerSpec {
        Objects.requireNonNull(name, "name");
        if (partitionKeyPath == null || !partitionKeyPath.matches("/[A-Za-z_][A-Za-z0-9_]*")) {
            throw new IllegalArgumentException("partition key path must be a top-level path: " + partitionKeyPath);
        }
        uniqueKeyPaths = List.copyOf(uniqueKeyPaths);
        triggers = List.copyOf(triggers);
        indexedPaths = List.copyOf(indexedPaths);
    }

    public ContainerSpec(String name, String partitionKeyPath, List<String> uniqueKeyPaths, Integer defaultTtl,
            List<Trigger> triggers) {
        this(name, partitionKeyPath, uniqueKeyPaths, defaultTtl, triggers, List.of());
    }

    /** A copy that indexes these dotted paths in the embedded store. */
    public ContainerSpec indexing(String... paths) {
        return new ContainerSpec(name, partitionKeyPath, uniqueKeyPaths, defaultTtl, triggers, List.of(paths));
    }

    /** The partition key field name without the leading slash. */
    public String partitionKeyField() {
        return partitionKeyPath.substring(1);
    }

    public Trigger trigger(String triggerName) {
        return triggers.stream().filter(t -> t.name().equals(triggerName)).findFirst()
                .orElseThrow(() -> new StoreException(StoreException.BAD_REQUEST,
                        "trigger " + triggerName + " is not defined on " + name));
    }
}
