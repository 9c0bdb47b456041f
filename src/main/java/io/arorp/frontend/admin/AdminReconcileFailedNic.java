package io.arorp.frontend.admin;

import io.arorp.api.CloudException;
import io.arorp.database.OpenShiftClusterDocument;
import io.arorp.env.cloud.CloudResource;
import io.arorp.env.cloud.Networks;
import io.arorp.env.cloud.Resources;
import io.arorp.frontend.action.ArmResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/**
 * Re-applies a cluster NIC left in provisioning state {@code Failed} (which blocks every later change to its VM).
 * A NIC in any other state is left alone; like the original, that answers 500 with the reason only in the log.
 */
@ApplicationScoped
public class AdminReconcileFailedNic {
    private static final Logger LOG = Logger.getLogger(AdminReconcileFailedNic.class.getName());
    private static final String NIC_TYPE = "Microsoft.Network/networkInterfaces";
    private AdminCluster cluster;
    private Resources resources;
    private Networks networks;

    @Inject
    public AdminReconcileFailedNic(AdminCluster cluster, Resources resources, Networks networks) {
        this.cluster = cluster;
        this.resources = resources;
        this.networks = networks;
    }

    protected AdminReconcileFailedNic() {
    }

    public ArmResult run(String resourceId, String nicName) {
        AdminParameters.nicName(nicName);
        OpenShiftClusterDocument doc = cluster.document(resourceId);
        String nicId = AdminCluster.idIn(doc, NIC_TYPE, nicName);
        CloudResource nic = resources.get(nicId).orElseThrow(() -> new CloudException(404, "ResourceNotFound", null,
                "The Resource '" + NIC_TYPE + "/" + nicName + "' under resource group '"
                        + AdminCluster.resourceGroupId(doc).substring(AdminCluster.resourceGroupId(doc)
                        .lastIndexOf('/') + 1) + "' was not found."));
        if (!"Failed".equals(nic.properties().path("provisioningState").asText())) {
            LOG.warning(() -> "skipping nic '" + nicName + "' because it is not in a failed provisioning state");
            throw new CloudException(500, "InternalServerError", null, "Internal server error.");
        }
        networks.reconcileNetworkInterface(nicId);
        return ArmResult.of(200, null);
    }
}
