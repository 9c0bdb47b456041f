package io.arorp.frontend.admin;

import io.arorp.database.OpenShiftClusterDocument;
import io.arorp.env.cloud.Compute;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** A cluster VM's serial console output (boot diagnostics): how SREs see why a node does not come up. */
@ApplicationScoped
public class AdminSerialConsole {
    private AdminCluster cluster;
    private Compute compute;

    @Inject
    public AdminSerialConsole(AdminCluster cluster, Compute compute) {
        this.cluster = cluster;
        this.compute = compute;
    }

    protected AdminSerialConsole() {
    }

    /** The console text, oldest line first. */
    public byte[] run(String resourceId, String vmName) {
        AdminParameters.vmName(vmName);
        OpenShiftClusterDocument doc = cluster.document(resourceId);
        return compute.serialConsoleLog(cluster.vm(doc, resourceId, vmName, AdminCluster.VM_NOT_FOUND).id());
    }
}
