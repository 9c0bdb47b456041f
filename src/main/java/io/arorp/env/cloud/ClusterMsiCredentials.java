package io.arorp.env.cloud;

import java.time.Instant;
import java.util.Optional;

/**
 * The cluster managed identity's credential (a certificate the managed identity RP issues through the
 * {@code x-ms-identity-url} ARM gave the RP), kept in the RP's MSI key vault: the RP acts as the cluster identity
 * with it to manage the federated credentials of the platform identities ({@link #actingAs}), which is what the
 * customer granted the cluster identity, not the RP.
 */
public interface ClusterMsiCredentials {
    /**
     * @param identityId  the cluster identity's resource id
     * @param clientId    the cluster identity's client id
     * @param principalId its object id
     * @param tenantId    its tenant
     * @param notAfter    when the certificate expires
     * @param renewAfter  from when the managed identity RP wants it renewed
     */
    record Credential(String identityId, String clientId, String principalId, String tenantId, Instant notAfter,
            Instant renewAfter) {
    }

    /** The stored credential of {@code secretName}, or empty. */
    Optional<Credential> stored(String secretName);

    /**
     * Asks the managed identity RP (at {@code identityUrl}) for the credential of {@code identityId} and stores it
     * under {@code secretName}, replacing an older one.
     */
    Credential refresh(String secretName, String identityUrl, String identityId);

    /** A no-op when nothing is stored under the name. */
    void delete(String secretName);

    /**
     * The federated credentials API as the cluster identity whose credential is stored under {@code secretName}
     * (ensureClusterMsiCertificate keeps it fresh); fails with a 404 when none is stored.
     */
    FederatedCredentials actingAs(String secretName);
}
