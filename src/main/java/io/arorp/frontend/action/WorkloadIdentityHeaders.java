package io.arorp.frontend.action;

import io.arorp.api.CloudException;
import io.arorp.api.ManagedServiceIdentity;
import io.arorp.api.OpenShiftCluster;

/**
 * ARM tells the RP where the cluster's managed identity lives ({@code x-ms-identity-url}) and its home tenant
 * ({@code x-ms-home-tenant-id}); a workload-identity cluster cannot be created without them.
 */
final class WorkloadIdentityHeaders {
    private WorkloadIdentityHeaders() {
    }

    static void apply(OpenShiftCluster oc, ClusterWriteRequest request, boolean required) {
        if (!oc.usesWorkloadIdentity()) {
            return;
        }
        ManagedServiceIdentity identity = oc.getIdentity();
        if (notBlank(request.identityUrl())) {
            identity.setIdentityURL(request.identityUrl());
        } else if (required) {
            throw missing("x-ms-identity-url");
        }
        if (notBlank(request.homeTenantId())) {
            identity.setTenantId(request.homeTenantId());
        } else if (required) {
            throw missing("x-ms-home-tenant-id");
        }
    }

    private static boolean notBlank(String value) {
        return value != null && !value.isBlank();
    }

    private static CloudException missing(String header) {
        return new CloudException(400, "InvalidParameter", null,
                "The request is missing the required header '" + header + "'.");
    }
}
