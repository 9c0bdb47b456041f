package io.arorp.frontend.action;

import io.arorp.api.CloudException;

/** ARM's 404 for a cluster that does not exist, naming it the way the caller did. */
final class ClusterNotFound {
    private ClusterNotFound() {
    }

    static CloudException of(String resourceId) {
        String[] s = resourceId.split("/");
        String resourceGroup = s.length > 4 ? s[4] : "";
        String type = s.length >= 3 ? s[s.length - 3] + "/" + s[s.length - 2] : ClusterIntent.RESOURCE_TYPE;
        return new CloudException(404, "ResourceNotFound", null, "The Resource '" + type + "/" + s[s.length - 1]
                + "' under resource group '" + resourceGroup + "' was not found.");
    }
}
