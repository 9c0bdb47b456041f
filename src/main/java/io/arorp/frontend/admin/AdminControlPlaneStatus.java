package io.arorp.frontend.admin;

import io.arorp.api.CloudException;
import io.arorp.database.OpenShiftClusterDocument;
import io.arorp.env.cloud.Resources;
import io.arorp.frontend.action.ArmResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * After SREs resized the masters one by one: are Machines, Azure VMs and Nodes of the control plane consistent again?
 * 200 when they are; otherwise 500 with every inconsistency found, on one line as Geneva Actions shows it.
 */
@ApplicationScoped
public class AdminControlPlaneStatus {
    private AdminCluster cluster;
    private Resources resources;

    @Inject
    public AdminControlPlaneStatus(AdminCluster cluster, Resources resources) {
        this.cluster = cluster;
        this.resources = resources;
    }

    protected AdminControlPlaneStatus() {
    }

    public ArmResult run(String resourceId) {
        OpenShiftClusterDocument doc = cluster.document(resourceId);
        String problems = ControlPlaneInventory.problems(cluster.kube(doc),
                name -> resources.get(AdminCluster.idIn(doc, AdminCluster.VM_TYPE, name)));
        if (problems != null) {
            throw new CloudException(500, "InternalServerError", null, problems);
        }
        return ArmResult.of(200, null);
    }
}
