package io.arorp.env.sim.cloud;

import io.arorp.api.CloudException;
import io.arorp.env.cloud.CloudResource;
import io.arorp.env.cloud.Deployments;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Incremental ARM deployments: each resource is put as given; public IPs get an address allocated (stable for the
 * id, as a static IP stays with its resource), the deployment itself is recorded like ARM keeps its history.
 * Load balancers and private link services are held to {@link SimLoadBalancerRules}.
 */
public final class SimDeployments implements Deployments {
    static final String PUBLIC_IP_TYPE = "Microsoft.Network/publicIPAddresses";
    private final SimulatedCloud cloud;
    private final SimLoadBalancerRules loadBalancers;

    public SimDeployments(SimulatedCloud cloud) {
        this.cloud = cloud;
        this.loadBalancers = new SimLoadBalancerRules(cloud);
    }

    @Override
    public void deploy(String resourceGroupId, String deploymentName, List<CloudResource> resources) {
        String deploymentId = resourceGroupId + "/providers/Microsoft.Resources/deployments/" + deploymentName;
        cloud.calls().run("deployments.deploy", deploymentId, () -> {
            if (cloud.get(resourceGroupId).isEmpty()) {
                throw SimulatedCloud.notFound("ResourceGroupNotFound", "Resource group '" + resourceGroupId + "'");
            }
            String prefix = resourceGroupId.toLowerCase(Locale.ROOT) + "/";
            for (CloudResource r : resources) {
                if (!r.id().toLowerCase(Locale.ROOT).startsWith(prefix)) {
                    throw new CloudException(400, "DeploymentFailed", null, "At least one resource deployment "
                            + "operation failed. Resource '" + r.id() + "' is outside resource group '"
                            + resourceGroupId + "'.");
                }
            }
            loadBalancers.check(resourceGroupId, resources);
            for (CloudResource r : resources) {
                if (r.type().equals(PUBLIC_IP_TYPE) && !r.properties().has("ipAddress")) {
                    r.properties().put("ipAddress", addressFor(r.id()));
                }
                r.properties().put("provisioningState", "Succeeded");
                cloud.put(r);
            }
            cloud.put(CloudResource.of(deploymentId, "Microsoft.Resources/deployments", null,
                    cloud.object().put("provisioningState", "Succeeded").put("resources", resources.size())));
        });
    }

    /** An address in 20.0.0.0/8, derived from the id so a redeployment keeps it. */
    static String addressFor(String id) {
        UUID uuid = UUID.nameUUIDFromBytes(id.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
        long bits = uuid.getLeastSignificantBits();
        return "20." + ((bits >>> 16) & 0xff) + "." + ((bits >>> 8) & 0xff) + "." + (1 + (bits & 0xfd));
    }
}
