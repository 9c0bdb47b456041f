package io.arorp.frontend.admin;

import io.arorp.api.CloudException;
import io.arorp.database.Keys;
import io.arorp.database.OpenShiftClusterDocument;
import io.arorp.env.cloud.Compute;
import io.arorp.env.cloud.ComputeUsage;
import io.arorp.env.cloud.ResourceSku;
import io.arorp.env.cloud.Resources;
import io.arorp.frontend.action.ArmResult;
import io.kubernetes.client.openapi.ApiClient;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;

/**
 * Everything that must hold before SREs resize the control plane to {@code vmSize}, checked without changing
 * anything, in the original's order: the API server answers; the size is a master size offered unrestricted in the
 * region with quota for the extra cores; API server, etcd, service principal and CPMS are fit (see
 * {@link ClusterHealthChecks}); and Machines, VMs and Nodes agree. Failing here leaves the cluster untouched instead
 * of degraded halfway through a resize.
 */
@ApplicationScoped
public class AdminPreResizeValidation {
    private static final String TARGET = "vmSize";
    private AdminCluster cluster;
    private Compute compute;
    private Resources resources;

    @Inject
    public AdminPreResizeValidation(AdminCluster cluster, Compute compute, Resources resources) {
        this.cluster = cluster;
        this.compute = compute;
        this.resources = resources;
    }

    protected AdminPreResizeValidation() {
    }

    public ArmResult run(String resourceId, String vmSize) {
        OpenShiftClusterDocument doc = cluster.document(resourceId);
        ApiClient client = cluster.kube(doc);
        ClusterHealthChecks.readyz(client);
        sku(doc, client, vmSize);
        ClusterHealthChecks.operatorHealthy(client, "kube-apiserver",
                "kube-apiserver is not healthy: %s. Resize is not safe while the API server is degraded.");
        ClusterHealthChecks.apiServerPods(client);
        ClusterHealthChecks.operatorHealthy(client, "etcd",
                "etcd is not healthy: %s. Resize is not safe while etcd quorum is at risk.");
        ClusterHealthChecks.servicePrincipal(client);
        ClusterHealthChecks.controlPlaneMachineSetInactive(client);
        String problems = ControlPlaneInventory.problems(client,
                name -> resources.get(AdminCluster.idIn(doc, AdminCluster.VM_TYPE, name)));
        if (problems != null) {
            throw new CloudException(500, "InternalServerError", null, problems);
        }
        return ArmResult.of(200, null);
    }

    private void sku(OpenShiftClusterDocument doc, ApiClient client, String vmSize) {
        if (vmSize == null || vmSize.isEmpty()) {
            throw new CloudException(400, "InvalidParameter", TARGET, "The provided vmSize is empty.");
        }
        AdminParameters.masterVmSize(vmSize);
        String location = doc.getOpenShiftCluster().getLocation();
        String subscription = Keys.subscriptionOf(doc.getKey());
        List<ResourceSku> skus = compute.resourceSkus(subscription, location);
        ResourceSku sku = skus.stream().filter(s -> s.name().equalsIgnoreCase(vmSize)).findFirst().orElseThrow(() ->
                new CloudException(400, "InvalidParameter", TARGET, "The selected SKU '" + vmSize
                        + "' is unavailable in region '" + location + "'"));
        if (!sku.restrictions().isEmpty()) {
            throw new CloudException(400, "InvalidParameter", TARGET, "The selected SKU '" + sku.name()
                    + "' is restricted in region '" + location + "' for selected subscription");
        }
        var machines = ControlPlaneInventory.machines(client);
        if (machines.size() != 3) {
            throw new CloudException(500, "InternalServerError", "controlPlaneMachines", "Expected 3 control plane "
                    + "machines but found " + machines.size() + ". Resize cannot proceed until all control plane "
                    + "machines are present.");
        }
        int extraCores = 0;
        for (String name : machines.keySet()) {
            String current = resources.get(AdminCluster.idIn(doc, AdminCluster.VM_TYPE, name))
                    .map(vm -> vm.properties().path("hardwareProfile").path("vmSize").asText()).orElseThrow(() ->
                            new CloudException(500, "InternalServerError", "controlPlaneVM/" + name,
                                    "Failed to retrieve current control plane VM \"" + name + "\" from Azure"));
            if (!current.equalsIgnoreCase(vmSize)) {
                extraCores += Math.max(0, cores(sku) - cores(skus, current));
            }
        }
        quota(subscription, location, Map.of("cores", extraCores, sku.family(), extraCores));
    }

    /** Quotas Azure does not list have no limit. */
    private void quota(String subscription, String location, Map<String, Integer> required) {
        for (ComputeUsage usage : compute.usages(subscription, location)) {
            int need = required.getOrDefault(usage.name(), 0);
            if (need > 0 && need > usage.limit() - usage.currentValue()) {
                throw new CloudException(400, "ResourceQuotaExceeded", TARGET, "Resource quota of " + usage.name()
                        + " exceeded. Maximum allowed: " + usage.limit() + ", Current in use: " + usage.currentValue()
                        + ", Additional requested: " + need + ".");
            }
        }
    }

    private static int cores(List<ResourceSku> skus, String size) {
        return skus.stream().filter(s -> s.name().equalsIgnoreCase(size)).findFirst()
                .map(AdminPreResizeValidation::cores).orElseThrow(() -> new CloudException(500, "InternalServerError",
                        "currentVMSize", "The current VM SKU '" + size + "' could not be resolved."));
    }

    private static int cores(ResourceSku sku) {
        return Integer.parseInt(sku.capabilities().getOrDefault("vCPUs", "0"));
    }
}
