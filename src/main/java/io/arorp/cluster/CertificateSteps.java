package io.arorp.cluster;

import java.util.List;

/**
 * Signed API and ingress certificates from the RP's key vault, for clusters on the RP's managed domain (custom
 * domains bring their own). Renewal issues new versions; delete removes both.
 */
final class CertificateSteps {
    private CertificateSteps() {
    }

    static void createCertificates(ClusterContext c) {
        ensure(c, false);
    }

    static void renewCertificates(ClusterContext c) {
        ensure(c, true);
    }

    /**
     * correctCertificateIssuer: certificates of the managed domain that an older RP created under another issuer
     * renew from the current one.
     */
    static void correctCertificateIssuer(ClusterContext c) {
        if (c.names().managedDomain()) {
            c.env().cloud().keyVault().correctIssuer(c.names().certificate("apiserver"));
            c.env().cloud().keyVault().correctIssuer(c.names().certificate("ingress"));
        }
    }

    static void deleteCertificates(ClusterContext c) {
        c.env().cloud().keyVault().deleteCertificate(c.names().certificate("apiserver"));
        c.env().cloud().keyVault().deleteCertificate(c.names().certificate("ingress"));
    }

    private static void ensure(ClusterContext c, boolean renew) {
        ClusterNames n = c.names();
        if (!n.managedDomain()) {
            return;
        }
        c.env().cloud().keyVault().ensureCertificate(n.certificate("apiserver"), List.of("api." + n.domain()), renew);
        c.env().cloud().keyVault().ensureCertificate(n.certificate("ingress"), List.of("*.apps." + n.domain()), renew);
    }
}
