package io.arorp.api.v20240812preview;

import io.arorp.api.version.CredentialsConverter;
import io.arorp.api.version.CustomerApiVersion;
import io.arorp.api.version.Parts;
import jakarta.enterprise.context.ApplicationScoped;

/** api-version 2024-08-12-preview: adds workload identity (cluster identity plus operator identities) and role sets. */
@ApplicationScoped
public class Version20240812preview extends CustomerApiVersion {
    public static final String NAME = "2024-08-12-preview";

    public Version20240812preview() {
        super(Parts.of(NAME, Types.OpenShiftCluster.class, Types.OpenShiftClusterList.class,
                oc -> new Types.OpenShiftClusterCredentials(CredentialsConverter.KUBEADMIN,
                        CredentialsConverter.kubeadminPassword(oc)))
                .withAdminCredentials(oc -> new Types.OpenShiftClusterAdminKubeconfig(
                        CredentialsConverter.userAdminKubeconfig(oc)))
                .withOpenShiftVersions(Types.OpenShiftVersion.class, Types.OpenShiftVersionList.class)
                .withRoleSets(Types.PlatformWorkloadIdentityRoleSet.class,
                        Types.PlatformWorkloadIdentityRoleSetList.class));
    }
}
