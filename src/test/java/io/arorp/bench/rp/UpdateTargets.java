package io.arorp.bench.rp;

import io.arorp.api.OpenShiftClusterProperties;
import io.arorp.api.ProvisioningState;
import io.arorp.database.DocumentCodec;
import io.arorp.database.Keys;
import io.arorp.database.LeaseOwner;
import io.arorp.database.OpenShiftClusters;
import io.arorp.database.secret.AesGcmSecretSealer;
import io.arorp.database.store.DocumentStore;
import java.io.IOException;
import java.io.InputStream;
import java.security.SecureRandom;
import java.util.List;
import java.util.Properties;

/**
 * Without a backend every cluster stays Creating, and the RP (rightly) refuses to update a cluster in a non-terminal
 * state. So, only in a build without a backend, the update scenario's targets (created through the API like every
 * other cluster) are set to Succeeded in the store while the RP is stopped: the one state change a backend would
 * have made, nothing else. The documents are otherwise exactly as the RP wrote them.
 */
final class UpdateTargets {
    private UpdateTargets() {
    }

    static void markSucceeded(DocumentStore store, List<String> clusterIds) throws IOException {
        OpenShiftClusters clusters = new OpenShiftClusters(store, devCodec(), new LeaseOwner("bench"));
        for (String id : clusterIds) {
            clusters.patch(Keys.lower(id), doc -> {
                OpenShiftClusterProperties p = doc.getOpenShiftCluster().getProperties();
                p.setLastProvisioningState(p.getProvisioningState());
                p.setProvisioningState(ProvisioningState.SUCCEEDED);
            });
        }
    }

    /** The dev profile's (public, fixed) secret key, so sealed fields survive the read-modify-write. */
    private static DocumentCodec devCodec() throws IOException {
        Properties config = new Properties();
        try (InputStream in = UpdateTargets.class.getResourceAsStream("/META-INF/microprofile-config.properties")) {
            config.load(in);
        }
        String keys = config.getProperty("%dev.aro.secrets.keys");
        return new DocumentCodec(new AesGcmSecretSealer(AesGcmSecretSealer.parseKeys(keys), new SecureRandom()));
    }
}
