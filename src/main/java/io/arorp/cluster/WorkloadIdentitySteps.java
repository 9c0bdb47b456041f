package io.arorp.cluster;

import io.arorp.api.CloudException;
import io.arorp.api.PlatformWorkloadIdentity;
import io.arorp.api.UserAssignedIdentity;
import io.arorp.env.cloud.ManagedIdentities;
import io.arorp.frontend.check.PlatformWorkloadIdentityRules;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The identity steps of workload-identity clusters (service-principal clusters skip them):
 * platformWorkloadIdentityIDs checks the platform workload identity profile against Azure before anything is
 * built — each role of the role set of the cluster's version has an identity, each identity exists and is not the
 * cluster identity, and the cluster identity may manage their federated credentials; clusterIdentityIDs and
 * persistPlatformWorkloadIdentityIDs then record the client and object ids Azure gave the identities. The identities
 * must trust nothing but this cluster ({@link FederatedCredentialValidation}).
 */
final class WorkloadIdentitySteps {
    /** What the cluster identity needs on each platform identity: the RP manages its federated credentials as it. */
    static final List<String> FEDERATED_CREDENTIAL_ACTIONS = List.of(
            "Microsoft.ManagedIdentity/userAssignedIdentities/federatedIdentityCredentials/read",
            "Microsoft.ManagedIdentity/userAssignedIdentities/federatedIdentityCredentials/write",
            "Microsoft.ManagedIdentity/userAssignedIdentities/federatedIdentityCredentials/delete");

    private WorkloadIdentitySteps() {
    }

    static void platformWorkloadIdentityIds(ClusterContext c) {
        if (!PlatformIdentities.used(c)) {
            return;
        }
        // the role sets may have changed since the frontend accepted the request: the same rule, again
        PlatformWorkloadIdentityRules.check(c.cluster(), minor -> PlatformIdentities.roleSet(c, minor));
        Map<String, PlatformWorkloadIdentity> declared = PlatformIdentities.declared(c);
        String clusterIdentityId = PlatformIdentities.clusterIdentityId(c);
        declared.forEach((name, pwi) -> {
            if (clusterIdentityId.equalsIgnoreCase(pwi.getResourceId())) {
                throw new CloudException(400, "InvalidPlatformWorkloadIdentity", PlatformIdentities.PROFILE_PATH
                        + "." + name, "The cluster identity and the platform workload identity of operator '" + name
                        + "' must not be the same identity.");
            }
        });
        Map<String, ManagedIdentities.Identity> resolved = PlatformIdentities.resolve(c);
        ManagedIdentities.Identity cluster = clusterIdentity(c, clusterIdentityId);
        var authorization = c.env().cloud().authorization();
        declared.forEach((name, pwi) -> {
            if (!authorization.missingPermissions(cluster.principalId(), resolved.get(name).id(),
                    FEDERATED_CREDENTIAL_ACTIONS).isEmpty()) {
                throw new CloudException(400, "InvalidClusterMSIPermissions", "identity.userAssignedIdentities",
                        "The cluster user assigned identity does not have required permissions on the platform "
                                + "workload identity '" + pwi.getResourceId() + "' of operator '" + name + "'.");
            }
        });
        FederatedCredentialValidation.validate(c);
    }

    /** The cluster identity's client and principal ids into {@code identity.userAssignedIdentities}. */
    static void clusterIdentityIds(ClusterContext c) {
        if (!PlatformIdentities.used(c)) {
            return;
        }
        String id = PlatformIdentities.clusterIdentityId(c);
        ManagedIdentities.Identity cluster = clusterIdentity(c, id);
        UserAssignedIdentity stored = c.cluster().getIdentity().getUserAssignedIdentities().get(id);
        if (stored == null || !Objects.equals(stored.getClientId(), cluster.clientId())
                || !Objects.equals(stored.getPrincipalId(), cluster.principalId())) {
            c.patch(d -> {
                UserAssignedIdentity u = new UserAssignedIdentity();
                u.setClientId(cluster.clientId());
                u.setPrincipalId(cluster.principalId());
                d.getOpenShiftCluster().getIdentity().getUserAssignedIdentities().put(id, u);
            });
        }
    }

    /** Each platform identity's client and object id into the profile (the cluster's operators sign in with them). */
    static void persistPlatformWorkloadIdentityIds(ClusterContext c) {
        if (!PlatformIdentities.used(c)) {
            return;
        }
        Map<String, ManagedIdentities.Identity> resolved = PlatformIdentities.resolve(c);
        boolean changed = PlatformIdentities.declared(c).entrySet().stream().anyMatch(e -> !Objects.equals(
                e.getValue().getClientId(), resolved.get(e.getKey()).clientId()) || !Objects.equals(
                e.getValue().getObjectId(), resolved.get(e.getKey()).principalId()));
        if (changed) {
            c.patch(d -> d.getOpenShiftCluster().getProperties().getPlatformWorkloadIdentityProfile()
                    .getPlatformWorkloadIdentities().forEach((name, pwi) -> {
                        ManagedIdentities.Identity identity = resolved.get(name);
                        if (identity != null) {
                            pwi.setClientId(identity.clientId());
                            pwi.setObjectId(identity.principalId());
                        }
                    }));
        }
    }

    private static ManagedIdentities.Identity clusterIdentity(ClusterContext c, String id) {
        return c.env().identity().identities().get(id).orElseThrow(() -> new CloudException(400,
                "InvalidClusterMSIPermissions", "identity.userAssignedIdentities", "The cluster user assigned "
                + "identity '" + id + "' could not be found."));
    }
}
