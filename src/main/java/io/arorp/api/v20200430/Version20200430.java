package io.arorp.api.v20200430;

import io.arorp.api.version.CredentialsConverter;
import io.arorp.api.version.CustomerApiVersion;
import io.arorp.api.version.Parts;
import jakarta.enterprise.context.ApplicationScoped;

/** api-version 2020-04-30: the first GA version: service principal clusters with listCredentials only. */
@ApplicationScoped
public class Version20200430 extends CustomerApiVersion {
    public static final String NAME = "2020-04-30";

    public Version20200430() {
        super(Parts.of(NAME, Types.OpenShiftCluster.class, Types.OpenShiftClusterList.class,
                oc -> new Types.OpenShiftClusterCredentials(CredentialsConverter.KUBEADMIN,
                        CredentialsConverter.kubeadminPassword(oc))));
    }
}
