package io.arorp.frontend.admin;

import io.arorp.api.CloudException;
import io.arorp.database.OpenShiftClusterDocument;
import io.arorp.env.cloud.Compute;
import io.kubernetes.client.openapi.ApiClient;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

/**
 * Resizes the whole control plane to {@code vmSize}, one master at a time, the original's way: every pre-resize check
 * first; then from the highest-numbered master down, while all masters are Ready and schedulable and etcd is
 * healthy: cordon, drain, power off (deallocating by default), resize, power on, wait for Ready, uncordon, record the
 * size on Machine and Node. A master already at the size is skipped. When a master fails, every master changed so
 * far is put back to its old size and uncordoned before the error is returned.
 */
@ApplicationScoped
public class AdminResizeControlPlane {
    private static final Logger LOG = Logger.getLogger(AdminResizeControlPlane.class.getName());
    private AdminCluster cluster;
    private Compute compute;
    private AdminPreResizeValidation validation;
    private Clock clock;

    /** A master this run changed: what to put back. */
    private record Changed(String name, String vmId, String oldSize) {
    }

    @Inject
    public AdminResizeControlPlane(AdminCluster cluster, Compute compute, AdminPreResizeValidation validation,
            Clock clock) {
        this.cluster = cluster;
        this.compute = compute;
        this.validation = validation;
        this.clock = clock;
    }

    protected AdminResizeControlPlane() {
    }

    public void run(String resourceId, String vmSize, String deallocateVM) {
        boolean deallocate = deallocate(deallocateVM);
        AdminParameters.masterVmSize(vmSize);
        OpenShiftClusterDocument doc = cluster.document(resourceId);
        validation.run(resourceId, vmSize);
        ApiClient client = cluster.kube(doc);
        List<String> names = new ArrayList<>(ControlPlaneInventory.machines(client).keySet());
        if (names.isEmpty()) {
            throw new CloudException(409, "RequestNotAllowed", null,
                    "No control plane machines found. Resize cannot proceed.");
        }
        names.sort(java.util.Comparator.reverseOrder());
        var machines = ControlPlaneInventory.machines(client);
        List<Changed> changed = new ArrayList<>();
        for (String name : names) {
            String vmId = AdminCluster.idIn(doc, AdminCluster.VM_TYPE, name);
            try {
                ControlPlaneNodes.requireReadyAndSchedulable(client, names);
                ClusterHealthChecks.operatorHealthy(client, "etcd",
                        "etcd is not healthy: %s. Resize is not safe while etcd quorum is at risk.");
                if (machines.get(name).size().equals(vmSize)) {
                    LOG.info(() -> name + " is already running " + vmSize + ", skipping");
                    continue;
                }
                changed.add(new Changed(name, vmId, machines.get(name).size()));
                resize(client, name, vmId, vmSize, deallocate);
            } catch (CloudException | InterruptedException e) {
                if (e instanceof InterruptedException) {
                    Thread.currentThread().interrupt();
                }
                throw failed(client, changed, name, e);
            }
        }
    }

    private void resize(ApiClient client, String name, String vmId, String vmSize, boolean deallocate)
            throws InterruptedException {
        LOG.info(() -> "resizing control plane node " + name + " to " + vmSize);
        AdminDrainNode.drain(client, name, clock);
        compute.stop(vmId, deallocate);
        compute.resize(vmId, vmSize);
        compute.start(vmId);
        ControlPlaneNodes.awaitReady(client, name, clock);
        AdminCordonNode.cordon(client, name, false);
        ControlPlaneNodes.recordSize(client, name, vmSize);
    }

    /** Puts every changed master back (newest first) and reports the failure and how the rollback went. */
    private CloudException failed(ApiClient client, List<Changed> changed, String name, Exception cause) {
        if (changed.isEmpty()) {
            return cause instanceof CloudException c ? c : new CloudException(500, "InternalServerError", null,
                    cause.toString());
        }
        List<String> rollback = new ArrayList<>();
        for (int i = changed.size() - 1; i >= 0; i--) {
            Changed c = changed.get(i);
            try {
                compute.resize(c.vmId(), c.oldSize());
                compute.start(c.vmId());
                AdminCordonNode.cordon(client, c.name(), false);
                ControlPlaneNodes.recordSize(client, c.name(), c.oldSize());
            } catch (RuntimeException e) {
                rollback.add(c.name() + ": " + e.getMessage());
            }
        }
        CloudException base = cause instanceof CloudException c ? c : null;
        String message = "failed to resize node " + name + ": " + cause.getMessage() + " (rollback of "
                + changed.size() + " node(s) " + (rollback.isEmpty() ? "succeeded" : "failed: " + rollback) + ")";
        return new CloudException(base == null ? 500 : base.status(), base == null ? "InternalServerError"
                : base.code(), base == null ? null : base.target(), message);
    }

    private static boolean deallocate(String value) {
        if (value == null || value.isEmpty() || value.equalsIgnoreCase("true")) {
            return true;
        }
        if (value.equalsIgnoreCase("false")) {
            return false;
        }
        throw new CloudException(400, "InvalidParameter", "deallocateVM", "The provided deallocateVM value '" + value
                + "' is invalid. Allowed values are 'true' or 'false'.");
    }
}
