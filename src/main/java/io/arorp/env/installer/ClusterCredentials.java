package io.arorp.env.installer;

import io.arorp.api.Secret;

/**
 * The credentials an install leaves behind, stored sealed on the cluster document.
 *
 * @param adminKubeconfig     the installer's {@code system:admin} kubeconfig (the RP's own access)
 * @param kubeadminPassword   the console's kubeadmin password ({@code listCredentials})
 * @param userAdminKubeconfig the customer's admin kubeconfig ({@code listAdminCredentials})
 */
public record ClusterCredentials(Secret adminKubeconfig, Secret kubeadminPassword, Secret userAdminKubeconfig) {
}
