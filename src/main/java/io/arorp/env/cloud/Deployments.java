package io.arorp.env.cloud;

import java.util.List;

/**
 * ARM template deployments in incremental mode: every resource is created or updated, nothing else is touched, so a
 * deployment repeated after a crash converges. Fails with {@code DeploymentFailed} carrying the first resource error.
 */
public interface Deployments {
    void deploy(String resourceGroupId, String deploymentName, List<CloudResource> resources);
}
