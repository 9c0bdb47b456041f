package io.arorp.cluster;

import io.arorp.api.CloudException;
import io.arorp.env.installer.InstallerGraph;
import io.arorp.env.kube.KubeSecrets;
import io.arorp.env.kube.Pem;
import io.arorp.env.tls.ClusterPki;
import io.kubernetes.client.openapi.ApiException;
import io.kubernetes.client.openapi.apis.CoreV1Api;
import io.kubernetes.client.openapi.apis.CustomObjectsApi;
import io.kubernetes.client.openapi.models.V1Secret;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The machine config server's side of the certificate renewal. populateDatabaseIntIP: clusters from before the RP
 * recorded it get the internal load balancer's address into {@code apiserverProfile.intIp}. fixMCSCert: machines
 * fetch their Ignition config from the server at {@code api-int.<domain>:22623} (fixMCSUserData) and trust it
 * through the cluster's root CA; a server certificate that does not name the internal address is replaced by one
 * that does, signed by that root CA from the installer's graph, and the server pods restart onto it.
 */
final class McsCertificateSteps {
    static final String NAMESPACE = "openshift-machine-config-operator";
    static final String SECRET = "machine-config-server-tls";
    private static final Logger LOG = Logger.getLogger(McsCertificateSteps.class.getName());
    /** From 4.19 on the machine config operator renews the certificate itself, and the original leaves it alone. */
    private static final int MCO_MANAGES_FROM_MINOR = 19;

    private McsCertificateSteps() {
    }

    static void populateDatabaseIntIp(ClusterContext c) {
        if (c.properties().getApiserverProfile().getIntIp() != null) {
            return;
        }
        String lb = c.names().network("loadBalancers", c.names().infraId() + "-internal");
        String ip = c.env().cloud().resources().get(lb).map(r -> r.properties().path("frontendIPConfigurations")
                .path(0).path("properties").path("privateIPAddress").asText(null)).orElseThrow(() ->
                new CloudException(500, "InternalServerError", null, "the internal load balancer " + lb
                        + " has no frontend address"));
        c.patch(d -> d.getOpenShiftCluster().getProperties().getApiserverProfile().setIntIp(ip));
    }

    static void fixMcsCert(ClusterContext c) throws ApiException, IOException, GeneralSecurityException {
        String intIp = c.properties().getApiserverProfile().getIntIp();
        if (intIp == null) {
            return;
        }
        CoreV1Api core = new CoreV1Api(c.kube());
        V1Secret secret = KubeSecrets.read(core, NAMESPACE, SECRET);
        if (secret == null || secret.getData() == null || namesOnly(secret, intIp) || mcoManagesCertificate(c)) {
            return;
        }
        Optional<InstallerGraph.RootCa> rootCa = c.env().cloud().storage().getBlob(c.names().storageAccountId(),
                InstallerGraph.CONTAINER, InstallerGraph.BLOB).flatMap(InstallerGraph::rootCa);
        if (rootCa.isEmpty()) {
            // a cluster whose installer left no graph (Hive installs here): failing would block every admin update
            LOG.warning(() -> c.doc().getKey() + ": the machine config server certificate lacks " + intIp
                    + ", but the installer graph holds no root CA to sign a new one");
            return;
        }
        // key material wants a SecureRandom; the job's generator is for names and need not be one
        ClusterPki root = ClusterPki.restore(rootCa.get().certificatePem(), rootCa.get().keyPem(), c.env().clock(),
                new SecureRandom());
        ClusterPki.Issued issued = root.issueServer("system:machine-config-server",
                List.of("api-int." + c.names().domain(), intIp), List.of(intIp));
        secret.putDataItem("tls.crt", issued.certificatePem().getBytes(StandardCharsets.UTF_8));
        secret.putDataItem("tls.key", issued.keyPem().reveal().getBytes(StandardCharsets.UTF_8));
        core.replaceNamespacedSecret(SECRET, NAMESPACE, secret).execute();
        core.deleteCollectionNamespacedPod(NAMESPACE).labelSelector("k8s-app=machine-config-server").execute();
    }

    /** Whether the served certificate names the internal address as its one IP, as the original checks. */
    private static boolean namesOnly(V1Secret secret, String intIp) throws GeneralSecurityException {
        byte[] pem = secret.getData().get("tls.crt");
        if (pem == null) {
            return false;
        }
        X509Certificate certificate = Pem.certificate(new String(pem, StandardCharsets.UTF_8));
        List<String> ips = new ArrayList<>();
        Collection<List<?>> names = certificate.getSubjectAlternativeNames();
        for (List<?> name : names == null ? List.<List<?>>of() : names) {
            if (Integer.valueOf(7).equals(name.get(0))) { // iPAddress
                ips.add(String.valueOf(name.get(1)));
            }
        }
        return ips.equals(List.of(intIp));
    }

    /** The version the cluster runs (customers upgrade it themselves, so the document's may be older). */
    @SuppressWarnings("unchecked")
    private static boolean mcoManagesCertificate(ClusterContext c) throws ApiException {
        Map<String, Object> cv = (Map<String, Object>) new CustomObjectsApi(c.kube()).getClusterCustomObject(
                "config.openshift.io", "v1", "clusterversions", "version").execute();
        Object desired = ((Map<String, Object>) ((Map<String, Object>) cv.getOrDefault("status", Map.of()))
                .getOrDefault("desired", Map.of())).get("version");
        String version = desired instanceof String s ? s : c.properties().getClusterProfile().getVersion();
        String[] parts = version == null ? new String[0] : version.split("\\.");
        return parts.length > 1 && Integer.parseInt(parts[1]) >= MCO_MANAGES_FROM_MINOR;
    }
}
