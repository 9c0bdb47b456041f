package io.arorp.frontend.admin;

import io.kubernetes.client.openapi.ApiException;
import io.kubernetes.client.openapi.apis.CoreV1Api;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * One container's log of a pod in an OpenShift namespace. Customer namespaces are refused: their logs may hold
 * customer data, which SREs must not read.
 */
@ApplicationScoped
public class AdminPodLogs {
    /** The original's cap: 50 MiB, so one noisy container cannot exhaust the RP's memory. */
    static final int LIMIT_BYTES = 52_428_800;
    private AdminCluster cluster;

    @Inject
    public AdminPodLogs(AdminCluster cluster) {
        this.cluster = cluster;
    }

    protected AdminPodLogs() {
    }

    public String run(String resourceId, String namespace, String podName, String container) {
        AdminParameters.podLogs(namespace, podName, container);
        CoreV1Api core = new CoreV1Api(cluster.kube(cluster.document(resourceId)));
        try {
            return core.readNamespacedPodLog(podName, namespace).container(container).limitBytes(LIMIT_BYTES)
                    .execute();
        } catch (ApiException e) {
            throw KubeErrors.of(e);
        }
    }
}
