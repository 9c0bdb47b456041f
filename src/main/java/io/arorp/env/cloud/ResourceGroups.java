package io.arorp.env.cloud;

import java.util.Optional;

/** Resource groups (Microsoft.Resources). Every method throws {@link io.arorp.api.CloudException} on ARM errors. */
public interface ResourceGroups {
    Optional<CloudResource> get(String resourceGroupId);

    /**
     * Creates the group, or updates tags of an existing one. ARM refuses to move a group or change its manager:
     * {@code InvalidResourceGroupLocation} / {@code ResourceGroupManagedByMismatch}, and policy may deny it
     * ({@code RequestDisallowedByPolicy}).
     */
    CloudResource createOrUpdate(String resourceGroupId, String location, String managedBy);

    /** Deletes the group and everything in it; a no-op for a group that does not exist. */
    void delete(String resourceGroupId);
}
