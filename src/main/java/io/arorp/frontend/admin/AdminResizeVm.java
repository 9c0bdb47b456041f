package io.arorp.frontend.admin;

import io.arorp.api.CloudException;
import io.arorp.database.OpenShiftClusterDocument;
import io.arorp.env.cloud.Compute;
import io.arorp.frontend.action.ArmResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.regex.Pattern;

/**
 * Resizes one control-plane VM to another supported master size (SREs resize masters one at a time, draining each
 * first). Workers are refused: their size belongs to their MachineSet, and a resize behind its back would be undone.
 * Messages keep the original's quotes inside the text.
 */
@ApplicationScoped
public class AdminResizeVm {
    /** {@code -master-N}, or {@code -master-xxxxx-N} for masters the control plane machine set created. */
    private static final Pattern MASTER = Pattern.compile(".*-master-([0-9A-Za-z]{5}-)?[0-9]$");
    private AdminCluster cluster;
    private Compute compute;

    @Inject
    public AdminResizeVm(AdminCluster cluster, Compute compute) {
        this.cluster = cluster;
        this.compute = compute;
    }

    protected AdminResizeVm() {
    }

    public ArmResult run(String resourceId, String vmName, String vmSize) {
        AdminParameters.vmName(vmName);
        OpenShiftClusterDocument doc = cluster.document(resourceId);
        AdminParameters.masterVmSize(vmSize);
        String vmId = cluster.vm(doc, resourceId, vmName, "\"" + AdminCluster.VM_NOT_FOUND + "\"").id();
        if (!MASTER.matcher(vmName).matches()) {
            throw new CloudException(403, "Forbidden", null, "\"The vmName '" + vmName + "' provided cannot be "
                    + "resized. It is either not a master node or not adhering to the standard naming convention.\"");
        }
        compute.resize(vmId, vmSize);
        return ArmResult.of(200, null);
    }
}
