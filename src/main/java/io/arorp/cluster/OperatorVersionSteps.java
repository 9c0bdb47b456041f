package io.arorp.cluster;

import io.arorp.env.kube.KubeOperatorDeployer;
import io.kubernetes.client.openapi.ApiException;
import io.kubernetes.client.openapi.apis.AppsV1Api;
import io.kubernetes.client.openapi.models.V1Container;
import io.kubernetes.client.openapi.models.V1Deployment;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * ensureAROOperatorRunningDesiredVersion: after an operator update, both operator Deployments must run the image of
 * the RP's version (the original's {@code IsRunningDesiredVersion}); a Deployment not there yet keeps the condition
 * polling instead of failing it.
 */
final class OperatorVersionSteps {
    /** Clusters older than this get no ARO operator updates (the original's operatorCutOffVersion). */
    private static final int[] OPERATOR_CUT_OFF = {4, 7, 0};
    /** Semantic version {@code x.y.z[-pre][+build]}, as the original parses the cluster's version. */
    private static final Pattern SEMVER = Pattern.compile(
            "(0|[1-9]\\d{0,8})\\.(0|[1-9]\\d{0,8})\\.(0|[1-9]\\d{0,8})(-[0-9A-Za-z.-]+)?(\\+[0-9A-Za-z.-]+)?");

    private OperatorVersionSteps() {
    }

    /**
     * The original's shouldUpdateOperator: the cluster's version is at least 4.7.0 in semantic version order (a
     * pre-release of 4.7.0 is older); a version that does not parse gets no operator update either.
     */
    static boolean shouldUpdateOperator(String clusterVersion) {
        Matcher m = SEMVER.matcher(clusterVersion == null ? "" : clusterVersion);
        if (!m.matches()) {
            return false;
        }
        for (int i = 0; i < OPERATOR_CUT_OFF.length; i++) {
            long part = Long.parseLong(m.group(i + 1));
            if (part != OPERATOR_CUT_OFF[i]) {
                return part > OPERATOR_CUT_OFF[i];
            }
        }
        return m.group(4) == null;
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
