package io.arorp.env.sim.installer;

import io.arorp.env.installer.OperatorDeployer;
import io.arorp.env.kube.KubeOperatorDeployer;
import io.kubernetes.client.openapi.ApiClient;
import io.kubernetes.client.openapi.ApiException;
import io.kubernetes.client.openapi.models.V1Deployment;
import java.time.Clock;
import java.util.List;

/**
 * Deploys the ARO operator's Deployments into a simulated cluster through its API (as prod does), then writes the
 * status the deployment controller and kubelets of a real cluster would reach once the pods run (all replicas ready
 * and available, observed generation current): the simulated API server has no controllers to do it.
 */
public final class SimulatedOperatorDeployer implements OperatorDeployer {
    static final String NAMESPACE = KubeOperatorDeployer.NAMESPACE;
    private final KubeOperatorDeployer deployer = new KubeOperatorDeployer();
    private final DeploymentRollout rollout;
    private final SimulatedCloudCredentialOperator cco;

    public SimulatedOperatorDeployer(Clock clock) {
        this.rollout = new DeploymentRollout(clock);
        this.cco = new SimulatedCloudCredentialOperator(clock);
    }

    /** Writes the request, then reconciles it as the cloud credential operator would. */
    @Override
    public void ensureCredentialsRequest(ApiClient cluster) {
        try {
            cco.reconcile(cluster, io.arorp.env.kube.CredentialsRequests.apply(cluster));
        } catch (ApiException e) {
            throw new IllegalStateException("writing the ARO operator's CredentialsRequest failed: " + e.getCode()
                    + " " + e.getResponseBody(), e);
        }
    }

    @Override
    public void deploy(ApiClient cluster, String operatorVersion) {
        rolledOut(cluster, deployer.apply(cluster, operatorVersion));
    }

    @Override
    public void restartMaster(ApiClient cluster, java.time.Instant at) {
        rolledOut(cluster, List.of(deployer.restart(cluster, at)));
    }

    /** What the deployment controller and kubelets would report once the new pods run. */
    private void rolledOut(ApiClient cluster, List<V1Deployment> deployments) {
        try {
            for (V1Deployment applied : deployments) {
                rollout.complete(cluster, NAMESPACE, applied);
            }
        } catch (ApiException e) {
            throw new IllegalStateException("deploying the ARO operator failed: " + e.getCode() + " "
                    + e.getResponseBody(), e);
        }
    }
}
