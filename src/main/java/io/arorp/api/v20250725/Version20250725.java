package io.arorp.api.v20250725;

import io.arorp.api.version.CredentialsConverter;
import io.arorp.api.version.CustomerApiVersion;
import io.arorp.api.version.Parts;
import jakarta.enterprise.context.ApplicationScoped;

/** api-version 2025-07-25: the newest GA version, the same fields as 2024-08-12-preview. */
@ApplicationScoped
public class Version20250725 extends CustomerApiVersion {
    public static final String NAME = "2025-07-25";

    public Version20250725() {
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
