package io.arorp.env.cloud;

import io.arorp.api.Secret;

/**
 * The RP's container registry (ACR), from which clusters pull the ARO images: one repository-scoped token per
 * cluster, whose password the cluster keeps in its pull secret and the RP rotates on update.
 */
public interface ContainerRegistry {
    /** The registry's login server, which is also the name of the cluster's registry profile. */
    String loginServer();

    /**
     * Creates token {@code name} (pull only) when missing and issues it a new password; Azure keeps two per token,
     * and the new one replaces the older, so the password the cluster still uses works until it has the new one.
     */
    Secret issuePassword(String name);

    /** A no-op when the token does not exist. */
    void deleteToken(String name);
}
