package io.arorp.env.kube;

import io.arorp.env.installer.OperatorDeployer;
import io.kubernetes.client.openapi.ApiClient;
import io.kubernetes.client.openapi.ApiException;
import io.kubernetes.client.openapi.apis.AppsV1Api;
import io.kubernetes.client.openapi.models.V1Container;
import io.kubernetes.client.openapi.models.V1Deployment;
import io.kubernetes.client.openapi.models.V1DeploymentSpec;
import io.kubernetes.client.openapi.models.V1LabelSelector;
import io.kubernetes.client.openapi.models.V1ObjectMeta;
import io.kubernetes.client.openapi.models.V1PodSpec;
import io.kubernetes.client.openapi.models.V1PodTemplateSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Deploys the ARO operator's Deployments (master: 1 replica, worker: 2) into a cluster through its API, create or
 * replace, at the version the RP runs. A real cluster's controllers take it from there; the simulated one has none,
 * so its deployer writes their status after this.
 */
public final class KubeOperatorDeployer implements OperatorDeployer {
    public static final String NAMESPACE = "openshift-azure-operator";
    static final String MASTER = "aro-operator-master";
    /** The operator's Deployments, master first. */
    public static final List<String> DEPLOYMENT_NAMES = List.of("aro-operator-master", "aro-operator-worker");
    private static final Map<String, Integer> DEPLOYMENTS = Map.of("aro-operator-master", 1, "aro-operator-worker", 2);

    @Override
    public void deploy(ApiClient cluster, String operatorVersion) {
        apply(cluster, operatorVersion);
    }

    /** {@code kubectl rollout restart}: a new pod-template annotation makes the Deployment replace its pods. */
    @Override
    public void restartMaster(ApiClient cluster, java.time.Instant at) {
        restart(cluster, at);
    }

    @Override
    public void ensureCredentialsRequest(ApiClient cluster) {
        try {
            CredentialsRequests.apply(cluster);
        } catch (ApiException e) {
            throw new IllegalStateException("writing the ARO operator's CredentialsRequest failed: " + e.getCode()
                    + " " + e.getResponseBody(), e);
        }
    }

    /** Restarts the master Deployment; returns it as the API server stored it. */
    public V1Deployment restart(ApiClient cluster, java.time.Instant at) {
        AppsV1Api apps = new AppsV1Api(cluster);
        try {
            V1Deployment current = apps.readNamespacedDeployment(MASTER, NAMESPACE).execute();
            V1ObjectMeta template = current.getSpec().getTemplate().getMetadata();
            template.putAnnotationsItem("kubectl.kubernetes.io/restartedAt", at.toString());
            return apps.replaceNamespacedDeployment(MASTER, NAMESPACE, current).execute();
        } catch (ApiException e) {
            throw new IllegalStateException("restarting the ARO operator failed: " + e.getCode() + " "
                    + e.getResponseBody(), e);
        }
    }

    /** Creates or replaces the operator's Deployments; returns them as the API server stored them. */
    public List<V1Deployment> apply(ApiClient cluster, String operatorVersion) {
        AppsV1Api apps = new AppsV1Api(cluster);
        List<V1Deployment> applied = new ArrayList<>();
        try {
            for (Map.Entry<String, Integer> d : DEPLOYMENTS.entrySet()) {
                applied.add(apply(apps, desired(d.getKey(), d.getValue(), operatorVersion)));
            }
            return applied;
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

    /** The operator image of a version: the RP's own image, as in the original (the operator is the RP's binary). */
    public static String image(String operatorVersion) {
        return "arosvc.azurecr.io/aro:" + operatorVersion;
    }

    private static V1Deployment desired(String name, int replicas, String version) {
        Map<String, String> labels = Map.of("app", name);
        return new V1Deployment().apiVersion("apps/v1").kind("Deployment")
                .metadata(new V1ObjectMeta().name(name).namespace(NAMESPACE).labels(labels))
                .spec(new V1DeploymentSpec().replicas(replicas).selector(new V1LabelSelector().matchLabels(labels))
                        .template(new V1PodTemplateSpec().metadata(new V1ObjectMeta().labels(labels))
                                .spec(new V1PodSpec().serviceAccountName("aro-operator-master")
                                        .containers(List.of(new V1Container().name("aro-operator")
                                                .image(image(version))
                                                .args(List.of("operator", name.substring("aro-operator-".length()))))))));
    }
}
