package io.arorp.api.v20230701preview;

import io.arorp.api.version.CredentialsConverter;
import io.arorp.api.version.CustomerApiVersion;
import io.arorp.api.version.Parts;
import jakarta.enterprise.context.ApplicationScoped;

/** api-version 2023-07-01-preview: adds the public load balancer profile with customer outbound IPs. */
@ApplicationScoped
public class Version20230701preview extends CustomerApiVersion {
    public static final String NAME = "2023-07-01-preview";

    public Version20230701preview() {
        super(Parts.of(NAME, Types.OpenShiftCluster.class, Types.OpenShiftClusterList.class,
                oc -> new Types.OpenShiftClusterCredentials(CredentialsConverter.KUBEADMIN,
                        CredentialsConverter.kubeadminPassword(oc)))
                .withAdminCredentials(oc -> new Types.OpenShiftClusterAdminKubeconfig(
                        CredentialsConverter.userAdminKubeconfig(oc)))
                .withOpenShiftVersions(Types.OpenShiftVersion.class, Types.OpenShiftVersionList.class));
    }
}
