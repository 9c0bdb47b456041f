package io.arorp.api.v20220401;

import io.arorp.api.version.CredentialsConverter;
import io.arorp.api.version.CustomerApiVersion;
import io.arorp.api.version.Parts;
import jakarta.enterprise.context.ApplicationScoped;

/** api-version 2022-04-01: adds FIPS-validated modules and drops the SDN choice. */
@ApplicationScoped
public class Version20220401 extends CustomerApiVersion {
    public static final String NAME = "2022-04-01";

    public Version20220401() {
        super(Parts.of(NAME, Types.OpenShiftCluster.class, Types.OpenShiftClusterList.class,
                oc -> new Types.OpenShiftClusterCredentials(CredentialsConverter.KUBEADMIN,
                        CredentialsConverter.kubeadminPassword(oc)))
                .withAdminCredentials(oc -> new Types.OpenShiftClusterAdminKubeconfig(
                        CredentialsConverter.userAdminKubeconfig(oc))));
    }
}
