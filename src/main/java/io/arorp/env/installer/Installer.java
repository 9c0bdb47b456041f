package io.arorp.env.installer;

/**
 * Runs the OpenShift installer for a cluster whose Azure resources are in place. Both methods are idempotent: a
 * worker that takes over after a crash calls them again and finds the work done.
 */
public interface Installer {
    /** Installs (or finds installed) the cluster and returns its credentials once its API server answers. */
    ClusterCredentials install(InstallSpec spec);

    /**
     * A new customer admin kubeconfig for an installed cluster (the update path's fixUserAdminKubeconfig); the old
     * one keeps working until it expires.
     */
    io.arorp.api.Secret newUserAdminKubeconfig(String clusterResourceId);

    /**
     * A kubeconfig of user {@code system:aro-sre} (no groups; the ARO operator's RBAC gives that user its rights),
     * signed by the cluster's admin kubeconfig signer like the installer's own; empty where this installer holds no
     * signer.
     */
    java.util.Optional<io.arorp.api.Secret> newSreKubeconfig(String clusterResourceId);

    /**
     * The namespace on the Hive management cluster this installer installs the cluster into; empty for an installer
     * other than Hive. The install step records it, so an admin update never adopts a cluster Hive installed.
     */
    default java.util.Optional<String> hiveNamespace(String clusterResourceId) {
        return java.util.Optional.empty();
    }

    /** Removes what the installer created outside Azure (Hive objects; the simulated cluster); a no-op if none. */
    void destroy(String clusterResourceId);
}
