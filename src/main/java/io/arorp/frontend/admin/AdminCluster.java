package io.arorp.frontend.admin;

import io.arorp.api.CloudException;
import io.arorp.api.OpenShiftClusterProperties;
import io.arorp.api.Secret;
import io.arorp.database.Keys;
import io.arorp.database.OpenShiftClusterDocument;
import io.arorp.database.OpenShiftClusters;
import io.arorp.env.ClusterClients;
import io.arorp.env.cloud.CloudResource;
import io.arorp.env.cloud.Resources;
import io.kubernetes.client.openapi.ApiClient;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * What every per-cluster admin action starts with: the cluster document (404 the original's way when it does not
 * exist), a Kubernetes client with the RP's own credentials for it, and the VMs of its managed resource group. SREs
 * name VMs, NICs and nodes by name; resolving them only inside the cluster's own resource group is what keeps an
 * action on one cluster from touching another's machines.
 */
@ApplicationScoped
public class AdminCluster {
    static final String VM_TYPE = "Microsoft.Compute/virtualMachines";
    private OpenShiftClusters clusters;
    private ClusterClients clients;
    private Resources resources;

    @Inject
    public AdminCluster(OpenShiftClusters clusters, ClusterClients clients, Resources resources) {
        this.clusters = clusters;
        this.clients = clients;
        this.resources = resources;
    }

    protected AdminCluster() {
    }

    /** The cluster of an admin path's resource id (the caller's casing). */
    public OpenShiftClusterDocument document(String resourceId) {
        return clusters.get(Keys.lower(resourceId)).orElseThrow(() -> notFound(resourceId));
    }

    /** A client for the cluster's API server, with the RP's service kubeconfig (the installer's admin one before). */
    public ApiClient kube(OpenShiftClusterDocument doc) {
        OpenShiftClusterProperties p = doc.getOpenShiftCluster().getProperties();
        Secret kubeconfig = p.getAroServiceKubeconfig() != null ? p.getAroServiceKubeconfig() : p.getAdminKubeconfig();
        if (kubeconfig == null) {
            throw new CloudException(400, "RequestNotAllowed", null,
                    "Request is not allowed in provisioningState '" + p.getProvisioningState().value()
                            + "': the cluster has no Kubernetes API credentials yet.");
        }
        return clients.client(kubeconfig);
    }

    /** The cluster's managed resource group id. */
    public static String resourceGroupId(OpenShiftClusterDocument doc) {
        return doc.getOpenShiftCluster().getProperties().getClusterProfile().getResourceGroupId();
    }

    /** The id of a resource of {@code type} named {@code name} in the managed resource group. */
    static String idIn(OpenShiftClusterDocument doc, String provider, String name) {
        return resourceGroupId(doc) + "/providers/" + provider + "/" + name;
    }

    /**
     * The VM of the managed resource group named exactly {@code vmName}; otherwise 404 {@code NotFound} naming the
     * resource group of the request path, as the original does.
     *
     * @param message the original's message format for this route (the resize routes quote it)
     */
    public CloudResource vm(OpenShiftClusterDocument doc, String resourceId, String vmName, String message) {
        return resources.get(idIn(doc, VM_TYPE, vmName))
                .filter(r -> r.type().equalsIgnoreCase(VM_TYPE) && r.name().equals(vmName))
                .orElseThrow(() -> new CloudException(404, "NotFound", null,
                        String.format(message, vmName, resourceGroupName(resourceId))));
    }

    /** The original's message for a VM missing from the cluster. */
    public static final String VM_NOT_FOUND = "The VirtualMachine '%s' under resource group '%s' was not found.";

    static CloudException notFound(String resourceId) {
        String[] s = resourceId.split("/");
        return new CloudException(404, "ResourceNotFound", null, "The Resource '" + s[s.length - 2] + "/"
                + s[s.length - 1] + "' under resource group '" + resourceGroupName(resourceId) + "' was not found.");
    }

    static String resourceGroupName(String resourceId) {
        String[] s = resourceId.split("/");
        return s.length > 4 ? s[4] : "";
    }
}
