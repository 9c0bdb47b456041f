package io.arorp.env.installer;

import io.kubernetes.client.openapi.ApiClient;

/**
 * Deploys the ARO operator (namespace, service account, master and worker Deployments) into a cluster at the version
 * the RP runs. Whether it became ready is read from the cluster by the steps, not told by the deployer.
 */
public interface OperatorDeployer {
    /** Creates or updates the operator's objects; idempotent. */
    void deploy(ApiClient cluster, String operatorVersion);

    /**
     * Rolls the operator's master Deployment (new pods), so it picks up credentials that changed under it; the steps
     * then wait for it to be ready again.
     */
    void restartMaster(ApiClient cluster, java.time.Instant at);

    /**
     * Creates the operator's CredentialsRequest or puts its spec back (the original's
     * {@code CreateOrUpdateCredentialsRequest}); the cloud credential operator then provisions its secret.
     */
    void ensureCredentialsRequest(ApiClient cluster);
}
