package io.arorp.frontend.error;

import io.arorp.api.CloudException;

/** The frontend's own errors, with the codes and messages of the original RP's middleware. */
public final class CloudErrors {
    private CloudErrors() {
    }

    public static CloudException internal() {
        return new CloudException(500, "InternalServerError", null, "Internal server error.");
    }

    public static CloudException pathNotFound() {
        return new CloudException(404, "NotFound", null, "The requested path could not be found.");
    }

    public static CloudException invalidRequestContent(String detail) {
        return new CloudException(400, "InvalidRequestContent", null,
                "The request content was invalid and could not be deserialized: " + detail);
    }

    public static CloudException forbidden() {
        return new CloudException(403, "Forbidden", null, "Forbidden.");
    }

    public static CloudException unsupportedResourceType(String type, String namespace, String apiVersion) {
        return new CloudException(400, "InvalidResourceType", null, "The resource type '" + type
                + "' could not be found in the namespace '" + namespace + "' for api version '" + apiVersion + "'.");
    }
}
