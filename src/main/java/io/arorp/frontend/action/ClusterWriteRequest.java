package io.arorp.frontend.action;

import io.arorp.api.version.ApiVersion;
import io.arorp.util.log.Correlation;
import java.net.URI;

/**
 * Everything a PUT or PATCH of a cluster carries, taken off the HTTP request by the resource.
 *
 * @param resourceId the cluster's ARM id as the caller cased it (the path)
 * @param patch PATCH (merge over the stored cluster) rather than PUT (full replacement)
 * @param systemDataHeader ARM's {@code X-Ms-Arm-Resource-System-Data}, or null
 * @param identityUrl {@code x-ms-identity-url} (workload-identity clusters), or null
 * @param homeTenantId {@code x-ms-home-tenant-id} (workload-identity clusters), or null
 * @param referer the base for the async-operation URLs
 */
public record ClusterWriteRequest(String resourceId, boolean patch, byte[] body, ApiVersion version,
        String systemDataHeader, String identityUrl, String homeTenantId, URI referer, Correlation correlation) {
}
