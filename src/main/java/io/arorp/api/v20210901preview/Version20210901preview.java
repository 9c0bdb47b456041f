package io.arorp.api.v20210901preview;

import io.arorp.api.version.CredentialsConverter;
import io.arorp.api.version.CustomerApiVersion;
import io.arorp.api.version.Parts;
import jakarta.enterprise.context.ApplicationScoped;

/** api-version 2021-09-01-preview: adds encryption at host, disk encryption sets, the SDN choice and listAdminCredentials. */
@ApplicationScoped
public class Version20210901preview extends CustomerApiVersion {
    public static final String NAME = "2021-09-01-preview";

    public Version20210901preview() {
        super(Parts.of(NAME, Types.OpenShiftCluster.class, Types.OpenShiftClusterList.class,
                oc -> new Types.OpenShiftClusterCredentials(CredentialsConverter.KUBEADMIN,
                        CredentialsConverter.kubeadminPassword(oc)))
                .withAdminCredentials(oc -> new Types.OpenShiftClusterAdminKubeconfig(
                        CredentialsConverter.userAdminKubeconfig(oc))));
    }
}
