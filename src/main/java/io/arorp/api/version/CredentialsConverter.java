package io.arorp.api.version;

import io.arorp.api.OpenShiftCluster;
import io.arorp.api.Secret;
import java.util.Base64;

/** Builds a credential response: the one place a version deliberately reveals a secret of the cluster. */
@FunctionalInterface
public interface CredentialsConverter {
    Object toExternal(OpenShiftCluster oc);

    /** The user every ARO cluster's installer creates. */
    String KUBEADMIN = "kubeadmin";

    static String kubeadminPassword(OpenShiftCluster oc) {
        return reveal(oc.getProperties() == null ? null : oc.getProperties().getKubeadminPassword());
    }

    /** The short-lived user-admin kubeconfig, base64-encoded (never the installer's ten-year one). */
    static String userAdminKubeconfig(OpenShiftCluster oc) {
        Secret k = oc.getProperties() == null ? null : oc.getProperties().getUserAdminKubeconfig();
        return k == null ? null : Base64.getEncoder().encodeToString(k.revealBytes());
    }

    private static String reveal(Secret s) {
        return s == null ? null : s.reveal();
    }
}
