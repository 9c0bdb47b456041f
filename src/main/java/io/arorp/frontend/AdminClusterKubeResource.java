package io.arorp.frontend;

import io.arorp.frontend.action.ArmResult;
import io.arorp.frontend.admin.AdminApproveCsr;
import io.arorp.frontend.admin.AdminControlPlaneStatus;
import io.arorp.frontend.admin.AdminCordonNode;
import io.arorp.frontend.admin.AdminDrainNode;
import io.arorp.frontend.admin.AdminPodLogs;
import io.arorp.frontend.admin.AdminSelectors;
import io.arorp.frontend.admin.AdminTop;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Admin actions through a cluster's Kubernetes API: top, pod logs, CSR approval, cordon and drain, the control
 * plane check after a resize, plus the maintenance selectors of the cluster. Thin: each route reads its parameters and runs one action, bounded by
 * {@link io.arorp.frontend.admin.AdminTimeout}.
 */
@Path(AdminClusterRoute.ADMIN)
@RequestScoped
public class AdminClusterKubeResource extends AdminClusterRoute {
    @Inject
    AdminTop top;
    @Inject
    AdminPodLogs podLogs;
    @Inject
    AdminApproveCsr approveCsr;
    @Inject
    AdminCordonNode cordon;
    @Inject
    AdminDrainNode drain;
    @Inject
    AdminSelectors selectors;
    @Inject
    AdminControlPlaneStatus controlPlaneStatus;

    @GET
    @Path(CLUSTER + "top/nodes")
    public Response topNodes() {
        String id = clusterId();
        return responses.of(timeout.run(() -> top.nodes(id)));
    }

    @GET
    @Path(CLUSTER + "top/pods")
    public Response topPods(@QueryParam("namespace") String namespace) {
        String id = clusterId();
        return responses.of(timeout.run(() -> top.pods(id, namespace)));
    }

    @GET
    @Path(CLUSTER + "kubernetespodlogs")
    public Response podLogs(@QueryParam("namespace") String namespace, @QueryParam("podname") String podName,
            @QueryParam("container") String container) {
        String id = clusterId();
        String log = timeout.run(() -> podLogs.run(id, namespace, podName, container));
        return Response.ok(log, MediaType.TEXT_PLAIN_TYPE).build();
    }

    @POST
    @Path(CLUSTER + "approvecsr")
    public Response approveCsr(@QueryParam("csrName") String csrName) {
        String id = clusterId();
        timeout.run(() -> approveCsr.run(id, csrName));
        return responses.of(ArmResult.of(200, null));
    }

    @POST
    @Path(CLUSTER + "cordonnode")
    public Response cordonNode(@QueryParam("vmName") String vmName, @QueryParam("shouldCordon") String shouldCordon) {
        String id = clusterId();
        timeout.run(() -> {
            cordon.run(id, vmName, "true".equalsIgnoreCase(shouldCordon));
            return null;
        });
        return responses.of(ArmResult.of(200, null));
    }

    @POST
    @Path(CLUSTER + "drainnode")
    public Response drainNode(@QueryParam("vmName") String vmName) {
        String id = clusterId();
        timeout.run(() -> drain.run(id, vmName));
        return responses.of(ArmResult.of(200, null));
    }

    @GET
    @Path(CLUSTER + "selectors")
    public Response selectors() {
        String id = clusterId();
        return responses.of(timeout.run(() -> selectors.run(id)));
    }

    @GET
    @Path(CLUSTER + "controlplanestatuscheckafterresize")
    public Response controlPlaneStatus() {
        String id = clusterId();
        return responses.of(timeout.run(() -> controlPlaneStatus.run(id)));
    }
}
