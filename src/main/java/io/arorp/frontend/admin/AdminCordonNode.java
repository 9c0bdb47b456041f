package io.arorp.frontend.admin;

import io.kubernetes.client.openapi.ApiClient;
import io.kubernetes.client.openapi.ApiException;
import io.kubernetes.client.openapi.apis.CoreV1Api;
import io.kubernetes.client.openapi.models.V1Node;
import io.kubernetes.client.openapi.models.V1NodeSpec;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Marks a node (named like its VM) unschedulable or schedulable again. Idempotent: a node already in the wanted state
 * is not written. Also the first step of a drain.
 */
@ApplicationScoped
public class AdminCordonNode {
    private AdminCluster cluster;

    @Inject
    public AdminCordonNode(AdminCluster cluster) {
        this.cluster = cluster;
    }

    protected AdminCordonNode() {
    }

    public void run(String resourceId, String vmName, boolean shouldCordon) {
        AdminParameters.requiredKubernetesName("name", vmName);
        cordon(cluster.kube(cluster.document(resourceId)), vmName, shouldCordon);
    }

    /** Sets {@code spec.unschedulable}; a conflicting concurrent write is retried on the fresh node. */
    static void cordon(ApiClient client, String nodeName, boolean unschedulable) {
        CoreV1Api core = new CoreV1Api(client);
        for (int attempt = 1; ; attempt++) {
            try {
                V1Node node = core.readNode(nodeName).execute();
                if (node.getSpec() == null) {
                    node.setSpec(new V1NodeSpec());
                }
                if (Boolean.TRUE.equals(node.getSpec().getUnschedulable()) == unschedulable) {
                    return;
                }
                node.getSpec().setUnschedulable(unschedulable ? Boolean.TRUE : null);
                core.replaceNode(nodeName, node).execute();
                return;
            } catch (ApiException e) {
                if (e.getCode() != 409 || attempt >= 5) {
                    throw KubeErrors.of(e);
                }
            }
        }
    }
}
