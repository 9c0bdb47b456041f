package io.arorp.cluster;

import io.arorp.env.cloud.ClusterMsiCredentials;
import java.util.Optional;

/**
 * ensureClusterMsiCertificate and its delete: the credential of the cluster's user-assigned identity, which the
 * managed identity RP issues at the {@code identityURL} ARM gave the RP, kept in the RP's MSI vault under a name of
 * the document and fetched again once the managed identity RP wants it renewed (or the cluster identity changed).
 */
final class ClusterMsiSteps {
    private ClusterMsiSteps() {
    }

    static void ensureClusterMsiCertificate(ClusterContext c) {
        if (!PlatformIdentities.used(c)) {
            return;
        }
        String identityId = PlatformIdentities.clusterIdentityId(c);
        ClusterMsiCredentials credentials = c.env().identity().msiCredentials();
        Optional<ClusterMsiCredentials.Credential> stored = credentials.stored(secretName(c));
        boolean sameIdentity = stored.map(s -> identityId.equalsIgnoreCase(s.identityId())).orElse(false);
        if (!sameIdentity || !c.env().clock().instant().isBefore(stored.get().renewAfter())) {
            credentials.refresh(secretName(c), c.cluster().getIdentity().getIdentityURL(), identityId);
        }
    }

    static void deleteClusterMsiCertificate(ClusterContext c) {
        if (PlatformIdentities.used(c)) {
            c.env().identity().msiCredentials().delete(secretName(c));
        }
    }

    /** One secret per cluster document: {@code msi-<document id>}. */
    static String secretName(ClusterContext c) {
        return "msi-" + c.doc().getId();
    }
}
