package io.arorp.env.cloud;

import java.util.List;

/**
 * Federated identity credentials on a user-assigned identity: AAD lets a token of {@code issuer} for
 * {@code subject} (a cluster's service account) sign in as the identity. This is how a workload-identity cluster's
 * operators get Azure tokens without a secret.
 */
public interface FederatedCredentials {
    /**
     * @param name      unique on its identity (at most 120 characters)
     * @param issuer    the OIDC issuer URL of the cluster
     * @param subject   {@code system:serviceaccount:<namespace>:<name>}
     * @param audiences the token audiences AAD accepts ({@code openshift} for ARO)
     */
    record FederatedCredential(String name, String issuer, String subject, List<String> audiences) {
        public FederatedCredential {
            audiences = List.copyOf(audiences);
        }
    }

    /** The identity's credentials; empty when the identity has none (or is gone). */
    List<FederatedCredential> list(String identityId);

    /** Creates or replaces the credential of that name. */
    void put(String identityId, FederatedCredential credential);

    /** A no-op when the credential (or its identity) does not exist. */
    void delete(String identityId, String name);
}
