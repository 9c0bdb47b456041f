package io.arorp.env.sim.cluster;

import java.util.List;
import java.util.Optional;

/**
 * Where simulated clusters are kept while the RP is down: one JSON snapshot per cluster id. The snapshot holds the
 * cluster CA's private key, so an implementation must store it as a secret (sealed in the document store; owner-only
 * files on disk). Implementations throw unchecked exceptions when the backing store fails.
 */
public interface ClusterSnapshotStore {
    /** Creates or replaces the snapshot of {@code clusterId}. */
    void save(String clusterId, byte[] snapshotJson);

    Optional<byte[]> load(String clusterId);

    /** Forgets the cluster; a no-op when there is nothing stored. */
    void delete(String clusterId);

    /** The ids of every stored cluster, as passed to {@link #save}. */
    List<String> clusterIds();
}
