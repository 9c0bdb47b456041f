package io.arorp.env.sim.cloud;

import io.arorp.api.CloudException;
import io.arorp.env.cloud.CloudResource;
import io.arorp.env.cloud.Resources;
import java.util.List;
import java.util.Optional;

/** Generic resource access. Like Azure, a network security group still attached to a subnet cannot be deleted. */
public final class SimResources implements Resources {
    private final SimulatedCloud cloud;

    public SimResources(SimulatedCloud cloud) {
        this.cloud = cloud;
    }

    @Override
    public Optional<CloudResource> get(String resourceId) {
        return cloud.calls().call("resources.get", resourceId, () -> cloud.get(resourceId));
    }

    @Override
    public List<CloudResource> listByResourceGroup(String resourceGroupId) {
        return cloud.calls().call("resources.list", resourceGroupId, () -> {
            if (cloud.get(resourceGroupId).isEmpty()) {
                throw SimulatedCloud.notFound("ResourceGroupNotFound", "Resource group '" + resourceGroupId + "'");
            }
            return cloud.listByResourceGroup(resourceGroupId);
        });
    }

    @Override
    public void delete(String resourceId) {
        cloud.calls().run("resources.delete", resourceId, () -> {
            Optional<CloudResource> existing = cloud.get(resourceId);
            if (existing.isPresent() && existing.get().type().equals(SimNetworks.NSG_TYPE)) {
                boolean inUse = cloud.listByType(SimulatedCloud.subscriptionOf(resourceId), SimNetworks.SUBNET_TYPE)
                        .stream().anyMatch(s -> resourceId.equalsIgnoreCase(
                                s.properties().path("networkSecurityGroup").path("id").asText(null)));
                if (inUse) {
                    throw new CloudException(400, "InUseNetworkSecurityGroupCannotBeDeleted", null,
                            "Network security group " + resourceId + " cannot be deleted because it is in use.");
                }
            }
            cloud.delete(resourceId);
        });
    }
}
