package io.arorp.api.version;

import io.arorp.api.OpenShiftCluster;
import io.arorp.api.OpenShiftVersion;
import io.arorp.api.PlatformWorkloadIdentityRoleSet;
import io.arorp.api.validate.ClusterValidator;
import io.arorp.api.validate.CustomerClusterValidator;
import java.util.Optional;

/** A customer-facing api-version assembled from its external types; each version package subclasses it as a bean. */
public abstract class CustomerApiVersion implements ApiVersion {
    private final String name;
    private final TreeConverter<OpenShiftCluster> clusters;
    private final ClusterValidator validator;
    private final CredentialsConverter credentials;
    private final CredentialsConverter adminCredentials;
    private final TreeConverter<OpenShiftVersion> versions;
    private final TreeConverter<PlatformWorkloadIdentityRoleSet> roleSets;

    protected CustomerApiVersion(Parts parts) {
        this.name = parts.name();
        this.clusters = Converters.clusters(parts.cluster().type(), parts.cluster().list());
        this.validator = new CustomerClusterValidator(clusters);
        this.credentials = parts.credentials();
        this.adminCredentials = parts.adminCredentials();
        this.versions = parts.versions() == null ? null
                : Converters.openShiftVersions(parts.versions().type(), parts.versions().list());
        this.roleSets = parts.roleSets() == null ? null
                : Converters.roleSets(parts.roleSets().type(), parts.roleSets().list());
    }

    @Override
    public String name() {
        return name;
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
    public Optional<CredentialsConverter> credentials() {
        return Optional.of(credentials);
    }

    @Override
    public Optional<CredentialsConverter> adminCredentials() {
        return Optional.ofNullable(adminCredentials);
    }

    @Override
    public Optional<TreeConverter<OpenShiftVersion>> openShiftVersions() {
        return Optional.ofNullable(versions);
    }

    @Override
    public Optional<TreeConverter<PlatformWorkloadIdentityRoleSet>> platformWorkloadIdentityRoleSets() {
        return Optional.ofNullable(roleSets);
    }

    @Override
    public String toString() {
        return "api-version " + name;
    }
}
