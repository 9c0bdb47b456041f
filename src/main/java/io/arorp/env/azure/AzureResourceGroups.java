package io.arorp.env.azure;

import com.azure.resourcemanager.resources.fluent.models.ResourceGroupInner;
import io.arorp.api.CloudException;
import io.arorp.env.cloud.CloudResource;
import io.arorp.env.cloud.ResourceGroups;
import java.util.Objects;
import java.util.Optional;

/**
 * Resource groups through ARM. An existing group is checked before it is written, because ARM would silently accept
 * a PUT that changes its manager: a cluster must never adopt a group someone else manages.
 */
public final class AzureResourceGroups implements ResourceGroups {
    private final AzureClients clients;
    private final AzureCalls calls;

    public AzureResourceGroups(AzureClients clients, AzureCalls calls) {
        this.clients = clients;
        this.calls = calls;
    }

    @Override
    public Optional<CloudResource> get(String resourceGroupId) {
        ArmId id = ArmId.parse(resourceGroupId);
        return calls.find(() -> clients.resources(id.subscriptionId()).getResourceGroups().get(id.resourceGroup()))
                .map(CloudResources::of);
    }

    @Override
    public CloudResource createOrUpdate(String resourceGroupId, String location, String managedBy) {
        Optional<CloudResource> existing = get(resourceGroupId);
        if (existing.isPresent()) {
            CloudResource group = existing.get();
            if (!group.location().equalsIgnoreCase(location)) {
                throw new CloudException(409, "InvalidResourceGroupLocation", null, "Invalid resource group location '"
                        + location + "'. The Resource group already exists in location '" + group.location() + "'.");
            }
            if (!Objects.equals(lower(group.managedBy()), lower(managedBy))) {
                throw new CloudException(409, "ResourceGroupManagedByMismatch", null, "The resource group '"
                        + group.name() + "' is already managed by '" + group.managedBy() + "'.");
            }
            return group;
        }
        ArmId id = ArmId.parse(resourceGroupId);
        ResourceGroupInner group = new ResourceGroupInner().withLocation(location).withManagedBy(managedBy);
        return CloudResources.of(calls.call(() -> clients.resources(id.subscriptionId()).getResourceGroups()
                .createOrUpdate(id.resourceGroup(), group)));
    }

    @Override
    public void delete(String resourceGroupId) {
        ArmId id = ArmId.parse(resourceGroupId);
        calls.delete(() -> clients.resources(id.subscriptionId()).getResourceGroups().delete(id.resourceGroup()));
    }

    private static String lower(String s) {
        return s == null ? null : s.toLowerCase(java.util.Locale.ROOT);
    }
}
