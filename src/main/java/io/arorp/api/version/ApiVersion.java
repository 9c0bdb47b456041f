package io.arorp.api.version;

import io.arorp.api.OpenShiftCluster;
import io.arorp.api.OpenShiftVersion;
import io.arorp.api.PlatformWorkloadIdentityRoleSet;
import io.arorp.api.validate.ClusterValidator;
import java.util.Optional;

/**
 * One api-version of the RP. Each version is a CDI bean found at runtime by {@link ApiVersions}; an endpoint a version
 * does not offer is an empty optional, which the frontend answers with 400 like an unknown version.
 */
public interface ApiVersion {
    /** The {@code api-version} query value, e.g. {@code 2025-07-25}, or {@code admin}. */
    String name();

    TreeConverter<OpenShiftCluster> clusters();

    ClusterValidator clusterValidator();

    default Optional<TreeConverter<OpenShiftVersion>> openShiftVersions() {
        return Optional.empty();
    }

    default Optional<TreeConverter<PlatformWorkloadIdentityRoleSet>> platformWorkloadIdentityRoleSets() {
        return Optional.empty();
    }

    /** {@code listCredentials}: the kubeadmin user and password. */
    default Optional<CredentialsConverter> credentials() {
        return Optional.empty();
    }

    /** {@code listAdminCredentials}: the user-admin kubeconfig. */
    default Optional<CredentialsConverter> adminCredentials() {
        return Optional.empty();
    }
}
