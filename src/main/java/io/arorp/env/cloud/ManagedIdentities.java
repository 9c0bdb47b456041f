package io.arorp.env.cloud;

import java.util.Optional;

/**
 * The customer's user-assigned managed identities (the cluster identity and the platform workload identities of a
 * workload-identity cluster) as ARM knows them: role assignments and federated credentials name an identity by its
 * principal (object) id, and the cluster's operators sign in with its client id, neither of which the customer gives.
 */
public interface ManagedIdentities {
    /**
     * @param id          the identity's ARM id
     * @param clientId    the application id its tokens carry
     * @param principalId the object id of its service principal
     * @param tenantId    its tenant
     */
    record Identity(String id, String clientId, String principalId, String tenantId) {
    }

    /** The identity, or empty when ARM does not know it (or its resource group). */
    Optional<Identity> get(String identityId);
}
