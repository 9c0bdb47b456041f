package io.arorp.env.sim.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * What a simulated cluster needs to come back after an RP restart, as one JSON document. It holds the cluster CA's
 * private key and the admin client key: whoever stores it must treat it as a secret (the document store seals it).
 *
 * @param format layout version of this document, {@link #FORMAT} when written by this build
 * @param port the API endpoint's port, reused on restore when free so stored kubeconfigs keep working
 * @param resourceVersion the last resourceVersion handed out
 * @param objects every stored object with the collection path it lives under, CRDs first
 */
record ClusterSnapshot(int format, String clusterId, int port, int kubernetesMinor, String caCertificate, String caKey,
                       String adminCertificate, String adminKey, long resourceVersion, List<StoredObject> objects) {
    static final int FORMAT = 1;

    /** One object of the snapshot. */
    record StoredObject(String path, JsonNode object) {
    }
}
