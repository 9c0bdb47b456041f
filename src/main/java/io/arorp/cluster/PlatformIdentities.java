package io.arorp.cluster;

import io.arorp.api.CloudException;
import io.arorp.api.ManagedServiceIdentity;
import io.arorp.api.PlatformWorkloadIdentity;
import io.arorp.api.PlatformWorkloadIdentityRole;
import io.arorp.api.PlatformWorkloadIdentityRoleSet;
import io.arorp.database.PlatformWorkloadIdentityRoleSetDocument;
import io.arorp.env.cloud.ManagedIdentities;
import io.arorp.frontend.check.PlatformWorkloadIdentityRules;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A workload-identity cluster's identities as the steps need them: the roles of the role sets of the cluster's
 * OpenShift minor version (and upgradeable one) by operator name, as the frontend's {@link PlatformWorkloadIdentityRules}
 * requires them, the platform identities of the document in a stable order, the cluster
 * identity's resource id, and the platform identities resolved in Azure (once a job).
 */
final class PlatformIdentities {
    static final String PROFILE_PATH = "properties.platformWorkloadIdentityProfile.platformWorkloadIdentities";

    private PlatformIdentities() {
    }

    static boolean used(ClusterContext c) {
        return c.cluster().usesWorkloadIdentity();
    }

    /** The document's platform identities by operator name, sorted. */
    static Map<String, PlatformWorkloadIdentity> declared(ClusterContext c) {
        Map<String, PlatformWorkloadIdentity> declared = c.properties().getPlatformWorkloadIdentityProfile()
                .getPlatformWorkloadIdentities();
        return declared == null ? Map.of() : new TreeMap<>(declared);
    }

    /**
     * The roles of the role sets of the cluster's minor version and of a newer {@code upgradeableTo} (the original's
     * roles by version), by operator name; the current version's role wins where both name an operator.
     */
    static Map<String, PlatformWorkloadIdentityRole> roles(ClusterContext c) {
        Map<String, PlatformWorkloadIdentityRole> roles = new TreeMap<>();
        for (String minor : PlatformWorkloadIdentityRules.minorVersions(c.cluster())) {
            roleSet(c, minor).ifPresent(s -> s.getProperties().getPlatformWorkloadIdentityRoles()
                    .forEach(r -> roles.putIfAbsent(r.getOperatorName(), r)));
        }
        return roles;
    }

    /** The role set of a minor version ("4.15") that SREs defined and did not delete. */
    static Optional<PlatformWorkloadIdentityRoleSet> roleSet(ClusterContext c, String minor) {
        return c.env().identity().roleSets().listAll().stream()
                .map(PlatformWorkloadIdentityRoleSetDocument::getPlatformWorkloadIdentityRoleSet)
                .filter(s -> !Boolean.TRUE.equals(s.getDeleting()) && s.getProperties() != null
                        && minor.equals(s.getProperties().getOpenShiftVersion()))
                .findFirst();
    }

    /** The resource id of the cluster's one user-assigned identity. */
    static String clusterIdentityId(ClusterContext c) {
        ManagedServiceIdentity identity = c.cluster().getIdentity();
        if (identity == null || identity.getUserAssignedIdentities() == null
                || identity.getUserAssignedIdentities().size() != 1) {
            throw new CloudException(400, "InvalidClusterMSICount", "identity",
                    "The provided cluster identity is invalid; there should be exactly one user assigned identity.");
        }
        return identity.getUserAssignedIdentities().keySet().iterator().next();
    }

    /**
     * The platform identities in Azure by operator name, read once per job; an identity Azure does not know is
     * refused with the original's code, targeted at the identity's entry.
     */
    static Map<String, ManagedIdentities.Identity> resolve(ClusterContext c) {
        if (c.platformIdentities() != null) {
            return c.platformIdentities();
        }
        Map<String, ManagedIdentities.Identity> resolved = new LinkedHashMap<>();
        declared(c).forEach((name, pwi) -> resolved.put(name, c.env().identity().identities()
                .get(pwi.getResourceId()).orElseThrow(() -> new CloudException(400,
                        "InvalidPlatformWorkloadIdentity", PROFILE_PATH + "." + name, "The platform workload "
                        + "identity '" + pwi.getResourceId() + "' for operator '" + name + "' could not be found."))));
        c.platformIdentities(resolved);
        return resolved;
    }

}
