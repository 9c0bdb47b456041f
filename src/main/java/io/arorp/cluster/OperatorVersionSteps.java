package io.arorp.cluster;

import io.arorp.env.kube.KubeOperatorDeployer;
import io.kubernetes.client.openapi.ApiException;
import io.kubernetes.client.openapi.apis.AppsV1Api;
import io.kubernetes.client.openapi.models.V1Container;
import io.kubernetes.client.openapi.models.V1Deployment;
import java.util.List;

/**
 * ensureAROOperatorRunningDesiredVersion: after an operator update, both operator Deployments must run the image of
 * the RP's version (the original's {@code IsRunningDesiredVersion}); a Deployment not there yet keeps the condition
 * polling instead of failing it.
 */
final class OperatorVersionSteps {
    private OperatorVersionSteps() {
    }

    static boolean runningDesiredVersion(ClusterContext c) throws ApiException {
        String want = KubeOperatorDeployer.image(c.env().settings().operatorVersion());
        AppsV1Api apps = new AppsV1Api(c.kube());
        for (String name : KubeOperatorDeployer.DEPLOYMENT_NAMES) {
            V1Deployment d;
            try {
                d = apps.readNamespacedDeployment(name, KubeOperatorDeployer.NAMESPACE).execute();
            } catch (ApiException e) {
                if (e.getCode() == 404) {
                    return false;
                }
                throw e;
            }
            List<V1Container> containers = d.getSpec() == null || d.getSpec().getTemplate().getSpec() == null ? List.of()
                    : d.getSpec().getTemplate().getSpec().getContainers();
            if (containers.isEmpty() || !want.equals(containers.get(0).getImage())) {
                return false;
            }
        }
        return true;
    }

    /**
     * updateProvisionedBy: the document records which RP build last reconciled the cluster. The operator version is
     * the RP's build (the original tags both with its git commit).
     */
    static void updateProvisionedBy(ClusterContext c) {
        String version = c.env().settings().operatorVersion();
        if (!version.equals(c.properties().getProvisionedBy())) {
            c.patch(d -> d.getOpenShiftCluster().getProperties().setProvisionedBy(version));
        }
    }
}
