package io.arorp.env.sim.installer;

import io.arorp.env.installer.OperatorDeployer;
import io.kubernetes.client.openapi.ApiClient;
import io.kubernetes.client.openapi.ApiException;
import io.kubernetes.client.openapi.apis.AppsV1Api;
import io.kubernetes.client.openapi.models.V1Container;
import io.kubernetes.client.openapi.models.V1Deployment;
import io.kubernetes.client.openapi.models.V1DeploymentCondition;
import io.kubernetes.client.openapi.models.V1DeploymentSpec;
import io.kubernetes.client.openapi.models.V1DeploymentStatus;
import io.kubernetes.client.openapi.models.V1LabelSelector;
import io.kubernetes.client.openapi.models.V1ObjectMeta;
import io.kubernetes.client.openapi.models.V1PodSpec;
import io.kubernetes.client.openapi.models.V1PodTemplateSpec;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/**
 * Deploys the ARO operator's Deployments into a simulated cluster through its API, then writes the status the
 * deployment controller and kubelets of a real cluster would reach once the pods run (all replicas ready and
 * available, observed generation current): the simulated API server has no controllers to do it.
 */
public final class SimulatedOperatorDeployer implements OperatorDeployer {
    static final String NAMESPACE = "openshift-azure-operator";
    private static final Map<String, Integer> DEPLOYMENTS = Map.of("aro-operator-master", 1, "aro-operator-worker", 2);
    private final Clock clock;

    public SimulatedOperatorDeployer(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void deploy(ApiClient cluster, String operatorVersion) {
        AppsV1Api apps = new AppsV1Api(cluster);
        try {
            for (Map.Entry<String, Integer> d : DEPLOYMENTS.entrySet()) {
                V1Deployment applied = apply(apps, desired(d.getKey(), d.getValue(), operatorVersion));
                long generation = applied.getMetadata().getGeneration() == null ? 1
                        : applied.getMetadata().getGeneration();
                applied.status(new V1DeploymentStatus().replicas(d.getValue()).readyReplicas(d.getValue())
                        .availableReplicas(d.getValue()).updatedReplicas(d.getValue()).observedGeneration(generation)
                        .conditions(List.of(new V1DeploymentCondition().type("Available").status("True")
                                .reason("MinimumReplicasAvailable")
                                .lastTransitionTime(OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC)))));
                apps.replaceNamespacedDeploymentStatus(d.getKey(), NAMESPACE, applied).execute();
            }
        } catch (ApiException e) {
            throw new IllegalStateException("deploying the ARO operator failed: " + e.getCode() + " "
                    + e.getResponseBody(), e);
        }
    }

    private static V1Deployment apply(AppsV1Api apps, V1Deployment desired) throws ApiException {
        String name = desired.getMetadata().getName();
        try {
            V1Deployment current = apps.readNamespacedDeployment(name, NAMESPACE).execute();
            desired.getMetadata().setResourceVersion(current.getMetadata().getResourceVersion());
            return apps.replaceNamespacedDeployment(name, NAMESPACE, desired).execute();
        } catch (ApiException e) {
            if (e.getCode() != 404) {
                throw e;
            }
            return apps.createNamespacedDeployment(NAMESPACE, desired).execute();
        }
    }

    private static V1Deployment desired(String name, int replicas, String version) {
        Map<String, String> labels = Map.of("app", name);
        return new V1Deployment().apiVersion("apps/v1").kind("Deployment")
                .metadata(new V1ObjectMeta().name(name).namespace(NAMESPACE).labels(labels))
                .spec(new V1DeploymentSpec().replicas(replicas).selector(new V1LabelSelector().matchLabels(labels))
                        .template(new V1PodTemplateSpec().metadata(new V1ObjectMeta().labels(labels))
                                .spec(new V1PodSpec().serviceAccountName("aro-operator-master")
                                        .containers(List.of(new V1Container().name("aro-operator")
                                                .image("arosvc.azurecr.io/aro:" + version)
                                                .args(List.of("operator", name.substring("aro-operator-".length()))))))));
    }
}
