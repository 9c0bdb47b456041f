package io.arorp.env.cloud;

import java.util.List;
import java.util.Optional;

/** Generic ARM resources by id: what the delete path lists and removes level by level. */
public interface Resources {
    Optional<CloudResource> get(String resourceId);

    List<CloudResource> listByResourceGroup(String resourceGroupId);

    /** A no-op for a resource that does not exist (ARM answers 204). */
    void delete(String resourceId);
}
