package io.arorp.env.sim.installer;

import io.kubernetes.client.openapi.ApiClient;
import io.kubernetes.client.openapi.ApiException;
import io.kubernetes.client.openapi.apis.AppsV1Api;
import io.kubernetes.client.openapi.models.V1Deployment;
import io.kubernetes.client.openapi.models.V1DeploymentCondition;
import io.kubernetes.client.openapi.models.V1DeploymentStatus;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * The status the deployment controller and kubelets of a real cluster write once a Deployment's pods run (all replicas
 * ready and available, observed generation current). A simulated API server has no controllers, so whoever plays the
 * cluster writes it: the simulated operator deployer in dev and test, and a prod test's stand-in for the cluster.
 */
public final class DeploymentRollout {
    private final Clock clock;

    public DeploymentRollout(Clock clock) {
        this.clock = clock;
    }

    /** Reports {@code deployment} (as last written) rolled out in {@code namespace}. */
    public void complete(ApiClient cluster, String namespace, V1Deployment deployment) throws ApiException {
        int replicas = deployment.getSpec().getReplicas() == null ? 1 : deployment.getSpec().getReplicas();
        long generation = deployment.getMetadata().getGeneration() == null ? 1
                : deployment.getMetadata().getGeneration();
        deployment.status(new V1DeploymentStatus().replicas(replicas).readyReplicas(replicas)
                .availableReplicas(replicas).updatedReplicas(replicas).observedGeneration(generation)
                .conditions(java.util.List.of(new V1DeploymentCondition().type("Available").status("True")
                        .reason("MinimumReplicasAvailable")
                        .lastTransitionTime(OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC)))));
        new AppsV1Api(cluster).replaceNamespacedDeploymentStatus(deployment.getMetadata().getName(), namespace,
                deployment).execute();
    }
}
