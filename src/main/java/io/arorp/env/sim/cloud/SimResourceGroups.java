package io.arorp.env.sim.cloud;

import io.arorp.api.CloudException;
import io.arorp.env.cloud.CloudResource;
import io.arorp.env.cloud.ResourceGroups;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** Resource groups as ARM keeps them: a group cannot move or change manager; deleting one deletes its contents. */
public final class SimResourceGroups implements ResourceGroups {
    static final String TYPE = "Microsoft.Resources/resourceGroups";
    private final SimulatedCloud cloud;

    public SimResourceGroups(SimulatedCloud cloud) {
        this.cloud = cloud;
    }

    @Override
    public Optional<CloudResource> get(String resourceGroupId) {
        return cloud.calls().call("resourceGroups.get", resourceGroupId, () -> cloud.get(resourceGroupId));
    }

    @Override
    public CloudResource createOrUpdate(String resourceGroupId, String location, String managedBy) {
        return cloud.calls().call("resourceGroups.createOrUpdate", resourceGroupId, () -> {
            Optional<CloudResource> existing = cloud.get(resourceGroupId);
            if (existing.isPresent()) {
                CloudResource group = existing.get();
                if (!group.location().equalsIgnoreCase(location)) {
                    throw new CloudException(409, "InvalidResourceGroupLocation", null, "Invalid resource group "
                            + "location '" + location + "'. The Resource group already exists in location '"
                            + group.location() + "'.");
                }
                if (!Objects.equals(lower(group.managedBy()), lower(managedBy))) {
                    throw new CloudException(409, "ResourceGroupManagedByMismatch", null, "The resource group '"
                            + group.name() + "' is already managed by '" + group.managedBy() + "'.");
                }
                return group;
            }
            return cloud.put(new CloudResource(resourceGroupId, TYPE, location, managedBy, Map.of(),
                    cloud.object().put("provisioningState", "Succeeded")));
        });
    }

    @Override
    public void delete(String resourceGroupId) {
        cloud.calls().run("resourceGroups.delete", resourceGroupId, () -> {
            cloud.listByResourceGroup(resourceGroupId).forEach(r -> cloud.delete(r.id()));
            cloud.delete(resourceGroupId);
        });
    }

    private static String lower(String s) {
        return s == null ? null : s.toLowerCase(java.util.Locale.ROOT);
    }
}
