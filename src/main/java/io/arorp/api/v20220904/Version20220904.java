package io.arorp.api.v20220904;

import io.arorp.api.version.CredentialsConverter;
import io.arorp.api.version.CustomerApiVersion;
import io.arorp.api.version.Parts;
import jakarta.enterprise.context.ApplicationScoped;

/** api-version 2022-09-04: adds the list of installable OpenShift versions. */
@ApplicationScoped
public class Version20220904 extends CustomerApiVersion {
    public static final String NAME = "2022-09-04";

    public Version20220904() {
        super(Parts.of(NAME, Types.OpenShiftCluster.class, Types.OpenShiftClusterList.class,
                oc -> new Types.OpenShiftClusterCredentials(CredentialsConverter.KUBEADMIN,
                        CredentialsConverter.kubeadminPassword(oc)))
                .withAdminCredentials(oc -> new Types.OpenShiftClusterAdminKubeconfig(
                        CredentialsConverter.userAdminKubeconfig(oc)))
                .withOpenShiftVersions(Types.OpenShiftVersion.class, Types.OpenShiftVersionList.class));
    }
}
