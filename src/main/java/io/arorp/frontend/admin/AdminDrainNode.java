package io.arorp.frontend.admin;

import io.arorp.api.CloudException;
import io.kubernetes.client.openapi.ApiClient;
import io.kubernetes.client.openapi.ApiException;
import io.kubernetes.client.openapi.apis.CoreV1Api;
import io.kubernetes.client.openapi.models.V1Pod;
import io.kubernetes.client.util.generic.dynamic.DynamicKubernetesApi;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;

/**
 * Drains a node the way the original runs {@code kubectl drain} (force, ignore DaemonSets, delete emptyDir data,
 * delete rather than evict): cordon it, then delete every pod on it except DaemonSet pods (their controller would put
 * them straight back) and mirror pods (static pods the kubelet owns), and wait until they are gone, at most 3 minutes.
 */
@ApplicationScoped
public class AdminDrainNode {
    private static final Logger LOG = Logger.getLogger(AdminDrainNode.class.getName());
    static final Duration TIMEOUT = Duration.ofMinutes(3);
    private static final String MIRROR = "kubernetes.io/config.mirror";
    private AdminCluster cluster;
    private Clock clock;

    @Inject
    public AdminDrainNode(AdminCluster cluster, Clock clock) {
        this.cluster = cluster;
        this.clock = clock;
    }

    protected AdminDrainNode() {
    }

    /** Returns the names ({@code namespace/name}) of the pods deleted. */
    public List<String> run(String resourceId, String vmName) {
        AdminParameters.requiredKubernetesName("name", vmName);
        return drain(cluster.kube(cluster.document(resourceId)), vmName, clock);
    }

    /** Cordons the node and deletes its pods but DaemonSet and mirror pods; also a step of a control-plane resize. */
    static List<String> drain(ApiClient client, String vmName, Clock clock) {
        AdminCordonNode.cordon(client, vmName, true);
        CoreV1Api core = new CoreV1Api(client);
        Instant deadline = clock.instant().plus(TIMEOUT);
        try {
            List<V1Pod> doomed = podsOn(core, vmName).stream().filter(AdminDrainNode::deletable).toList();
            // untyped: the API server answers a pod DELETE with the pod or with a Status, which the typed call chokes on
            var pods = new DynamicKubernetesApi("", "v1", "pods", client);
            for (V1Pod pod : doomed) {
                var response = pods.delete(pod.getMetadata().getNamespace(), pod.getMetadata().getName());
                if (!response.isSuccess() && response.getHttpStatusCode() != 404) {
                    throw new CloudException(response.getHttpStatusCode() >= 500 ? 500 : response.getHttpStatusCode(),
                            response.getStatus() == null ? "InternalServerError" : response.getStatus().getReason(),
                            null, "deleting pod " + name(pod) + " failed");
                }
                LOG.info(() -> "deleted pod " + name(pod));
            }
            List<String> deleted = doomed.stream().map(AdminDrainNode::name).toList();
            while (podsOn(core, vmName).stream().map(AdminDrainNode::name).anyMatch(deleted::contains)) {
                if (clock.instant().isAfter(deadline)) {
                    throw new CloudException(500, "InternalServerError", null, "drain did not complete within "
                            + TIMEOUT.toMinutes() + " minutes on node " + vmName);
                }
                Thread.sleep(500);
            }
            return deleted;
        } catch (ApiException e) {
            throw KubeErrors.of(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CloudException(500, "InternalServerError", null, "drain of node " + vmName + " interrupted");
        }
    }

    private static List<V1Pod> podsOn(CoreV1Api core, String node) throws ApiException {
        return core.listPodForAllNamespaces().fieldSelector("spec.nodeName=" + node).execute().getItems().stream()
                .filter(p -> p.getSpec() != null && node.equals(p.getSpec().getNodeName())).toList();
    }

    private static boolean deletable(V1Pod pod) {
        var meta = pod.getMetadata();
        if (meta.getAnnotations() != null && meta.getAnnotations().containsKey(MIRROR)) {
            return false;
        }
        return meta.getOwnerReferences() == null || meta.getOwnerReferences().stream()
                .noneMatch(o -> Boolean.TRUE.equals(o.getController()) && "DaemonSet".equals(o.getKind()));
    }

    private static String name(V1Pod pod) {
        return pod.getMetadata().getNamespace() + "/" + pod.getMetadata().getName();
    }
}
