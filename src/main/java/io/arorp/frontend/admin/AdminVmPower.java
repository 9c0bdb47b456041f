package io.arorp.frontend.admin;

import io.arorp.env.cloud.Compute;
import io.arorp.frontend.action.ArmResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Power actions on one VM of the cluster: start, stop (optionally deallocating) and redeploy onto a new host. Each
 * checks the name, the cluster and that the VM is one of the cluster's before Azure is asked; Azure's own errors
 * (a VM in a state that forbids the action) pass through unchanged.
 */
@ApplicationScoped
public class AdminVmPower {
    private AdminCluster cluster;
    private Compute compute;

    @Inject
    public AdminVmPower(AdminCluster cluster, Compute compute) {
        this.cluster = cluster;
        this.compute = compute;
    }

    protected AdminVmPower() {
    }

    public ArmResult start(String resourceId, String vmName) {
        compute.start(vmId(resourceId, vmName));
        return ArmResult.of(200, null);
    }

    public ArmResult stop(String resourceId, String vmName, boolean deallocate) {
        compute.stop(vmId(resourceId, vmName), deallocate);
        return ArmResult.of(200, null);
    }

    /** Moves the VM to another host and boots it there, for a VM stuck on bad hardware. */
    public ArmResult redeploy(String resourceId, String vmName) {
        compute.redeploy(vmId(resourceId, vmName));
        return ArmResult.of(200, null);
    }

    private String vmId(String resourceId, String vmName) {
        AdminParameters.vmName(vmName);
        return cluster.vm(cluster.document(resourceId), resourceId, vmName, AdminCluster.VM_NOT_FOUND).id();
    }
}
