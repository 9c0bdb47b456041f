package io.arorp.api.admin;

import io.arorp.api.OpenShiftCluster;
import io.arorp.api.OpenShiftVersion;
import io.arorp.api.PlatformWorkloadIdentityRoleSet;
import io.arorp.api.validate.AdminClusterValidator;
import io.arorp.api.validate.ClusterValidator;
import io.arorp.api.version.ApiVersion;
import io.arorp.api.version.Converters;
import io.arorp.api.version.TreeConverter;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/**
 * api-version {@code admin}: reached only with the admin client certificate. It reads and patches clusters (never
 * creates them) and manages OpenShift versions and role sets; it has no credential endpoints.
 */
@ApplicationScoped
public class AdminApiVersion implements ApiVersion {
    public static final String NAME = "admin";

    private final TreeConverter<OpenShiftCluster> clusters = Converters.clusters(Types.OpenShiftCluster.class,
            Types.OpenShiftClusterList.class);
    private final ClusterValidator validator = new AdminClusterValidator(clusters);
    private final TreeConverter<OpenShiftVersion> versions = Converters.openShiftVersions(
            Types.OpenShiftVersion.class, Types.OpenShiftVersionList.class);
    private final TreeConverter<PlatformWorkloadIdentityRoleSet> roleSets = Converters.roleSets(
            Types.PlatformWorkloadIdentityRoleSet.class, Types.PlatformWorkloadIdentityRoleSetList.class);

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public TreeConverter<OpenShiftCluster> clusters() {
        return clusters;
    }

    @Override
    public ClusterValidator clusterValidator() {
        return validator;
    }

    @Override
    public Optional<TreeConverter<OpenShiftVersion>> openShiftVersions() {
        return Optional.of(versions);
    }

    @Override
    public Optional<TreeConverter<PlatformWorkloadIdentityRoleSet>> platformWorkloadIdentityRoleSets() {
        return Optional.of(roleSets);
    }
}
