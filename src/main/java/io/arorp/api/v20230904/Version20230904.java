package io.arorp.api.v20230904;

import io.arorp.api.version.CredentialsConverter;
import io.arorp.api.version.CustomerApiVersion;
import io.arorp.api.version.Parts;
import jakarta.enterprise.context.ApplicationScoped;

/** api-version 2023-09-04: adds preconfigured NSGs and the worker profile status. */
@ApplicationScoped
public class Version20230904 extends CustomerApiVersion {
    public static final String NAME = "2023-09-04";

    public Version20230904() {
        super(Parts.of(NAME, Types.OpenShiftCluster.class, Types.OpenShiftClusterList.class,
                oc -> new Types.OpenShiftClusterCredentials(CredentialsConverter.KUBEADMIN,
                        CredentialsConverter.kubeadminPassword(oc)))
                .withAdminCredentials(oc -> new Types.OpenShiftClusterAdminKubeconfig(
                        CredentialsConverter.userAdminKubeconfig(oc)))
                .withOpenShiftVersions(Types.OpenShiftVersion.class, Types.OpenShiftVersionList.class));
    }
}
