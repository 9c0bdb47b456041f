package io.arorp.env.hive;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.SecretBuilder;
import io.fabric8.kubernetes.client.NamespacedKubernetesClient;
import io.fabric8.kubernetes.client.dsl.base.CustomResourceDefinitionContext;
import io.fabric8.kubernetes.client.server.mock.KubernetesCrudDispatcher;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.mockwebserver.Context;
import io.fabric8.mockwebserver.MockWebServer;
import io.kubernetes.client.openapi.ApiClient;
import io.kubernetes.client.util.ClientBuilder;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * A Hive management cluster for tests: the in-process Kubernetes API server (fabric8 mock, CRUD mode) with a small
 * controller in place of Hive that finishes every new ClusterDeployment the way Hive does (admin kubeconfig and
 * password secrets, {@code spec.clusterMetadata}, {@code spec.installed: true}), or fails it when told to.
 */
public final class FakeHive implements AutoCloseable {
    static final String KUBECONFIG = "apiVersion: v1\nkind: Config\nclusters: []\n";
    private final KubernetesMockServer server;
    private final NamespacedKubernetesClient client;
    private final ScheduledExecutorService hive = Executors.newSingleThreadScheduledExecutor();
    volatile boolean failInstalls;
    volatile boolean installs = true;
    /** Whether installed clusters are reported reachable ({@code Unreachable} false) once Hive has looked. */
    public volatile boolean reachable = true;
    /** The admin kubeconfig Hive hands out for a ClusterDeployment, from its spec: a dummy one unless told. */
    private volatile Function<Map<String, Object>, String> adminKubeconfigs = spec -> KUBECONFIG;
    private final boolean https;

    public FakeHive() throws Exception {
        this(false);
    }

    /** With {@code https}, the API is served over TLS with the mock's self-signed certificate (as prod requires). */
    public FakeHive(boolean https) throws Exception {
        CustomResourceDefinitionContext cd = new CustomResourceDefinitionContext.Builder()
                .withGroup("hive.openshift.io").withVersion("v1").withPlural("clusterdeployments")
                .withKind("ClusterDeployment").withScope("Namespaced").build();
        server = new KubernetesMockServer(new Context(), new MockWebServer(), new HashMap<>(),
                new KubernetesCrudDispatcher(List.of(cd)), https);
        this.https = https;
        server.init(InetAddress.getLoopbackAddress(), 0);
        client = server.createClient();
        hive.scheduleWithFixedDelay(this::reconcile, 50, 50, TimeUnit.MILLISECONDS);
    }

    /** Installs clusters whose admin kubeconfig is {@code kubeconfigOf(ClusterDeployment spec)}. */
    public void installingWith(Function<Map<String, Object>, String> kubeconfigOf) {
        this.adminKubeconfigs = kubeconfigOf;
    }

    /** The API endpoint (plain HTTP on the loopback address). */
    public String server() {
        return (https ? "https://localhost:" : "http://127.0.0.1:") + server.getPort();
    }

    public ApiClient apiClient() {
        return new ClientBuilder().setBasePath(server()).build();
    }

    public int port() {
        return server.getPort();
    }

    /** A token kubeconfig of this API server, its served certificate as the CA (https only). */
    public String kubeconfig() throws Exception {
        return """
                apiVersion: v1
                kind: Config
                current-context: hive
                clusters: [{name: hive, cluster: {server: "%s", certificate-authority-data: "%s"}}]
                users: [{name: hive, user: {token: hive-token}}]
                contexts: [{name: hive, context: {cluster: hive, user: hive}}]
                """.formatted(server(), servedCertificate(server.getPort()));
    }

    /** The mock API server's self-signed certificate, base64 PEM: the kubeconfig's CA, so TLS stays verified. */
    private static String servedCertificate(int port) throws Exception {
        javax.net.ssl.SSLContext trustAll = javax.net.ssl.SSLContext.getInstance("TLS");
        trustAll.init(null, new javax.net.ssl.TrustManager[] {new javax.net.ssl.X509TrustManager() {
            @Override
            public void checkClientTrusted(java.security.cert.X509Certificate[] chain, String authType) {
            }

            @Override
            public void checkServerTrusted(java.security.cert.X509Certificate[] chain, String authType) {
            }

            @Override
            public java.security.cert.X509Certificate[] getAcceptedIssuers() {
                return new java.security.cert.X509Certificate[0];
            }
        }}, null);
        try (var socket = (javax.net.ssl.SSLSocket) trustAll.getSocketFactory().createSocket("127.0.0.1", port)) {
            socket.startHandshake();
            java.security.cert.Certificate served = socket.getSession().getPeerCertificates()[0];
            String pem = "-----BEGIN CERTIFICATE-----\n" + java.util.Base64.getMimeEncoder(64, new byte[] {'\n'})
                    .encodeToString(served.getEncoded()) + "\n-----END CERTIFICATE-----\n";
            return java.util.Base64.getEncoder().encodeToString(pem.getBytes(StandardCharsets.US_ASCII));
        }
    }

    public NamespacedKubernetesClient client() {
        return client;
    }

    public List<GenericKubernetesResource> clusterDeployments() {
        return client.genericKubernetesResources("hive.openshift.io/v1", "ClusterDeployment").inAnyNamespace()
                .list().getItems();
    }

    @SuppressWarnings("unchecked")
    private void reconcile() {
        if (!installs) {
            return;
        }
        try {
            for (GenericKubernetesResource cd : clusterDeployments()) {
                Map<String, Object> spec = (Map<String, Object>) cd.getAdditionalProperties().get("spec");
                String ns = cd.getMetadata().getNamespace();
                if (cd.getAdditionalProperties().containsKey("status")) {
                    continue;
                }
                if (Boolean.TRUE.equals(spec.get("installed"))) {
                    // an installed (or adopted) cluster: Hive reaches it and reports what it found
                    cd.getAdditionalProperties().put("status", Map.of("conditions", List.of(
                            Map.of("type", "Provisioned", "status", "True"),
                            Map.of("type", "Unreachable", "status", reachable ? "False" : "True"))));
                    client.genericKubernetesResources("hive.openshift.io/v1", "ClusterDeployment").inNamespace(ns)
                            .resource(cd).update();
                    continue;
                }
                if (failInstalls) {
                    cd.getAdditionalProperties().put("status", Map.of("conditions", List.of(Map.of(
                            "type", "ProvisionFailed", "status", "True", "message", "quota exhausted"))));
                } else {
                    client.secrets().inNamespace(ns).resource(new SecretBuilder().withNewMetadata()
                            .withName("cluster-admin-kubeconfig").endMetadata()
                            .addToData("kubeconfig", base64(adminKubeconfigs.apply(spec))).build()).create();
                    client.secrets().inNamespace(ns).resource(new SecretBuilder().withNewMetadata()
                            .withName("cluster-admin-password").endMetadata()
                            .addToData("password", base64("abcde-fghij-klmno-pqrst")).build()).create();
                    spec.put("installed", true);
                    spec.put("clusterMetadata", Map.of("infraID", spec.get("clusterName"),
                            "adminKubeconfigSecretRef", Map.of("name", "cluster-admin-kubeconfig"),
                            "adminPasswordSecretRef", Map.of("name", "cluster-admin-password")));
                }
                client.genericKubernetesResources("hive.openshift.io/v1", "ClusterDeployment").inNamespace(ns)
                        .resource(cd).update();
            }
        } catch (RuntimeException e) {
            System.err.println("fake hive: " + e);
        }
    }

    /** The mock API server stores secrets as given: no stringData conversion, so the fake writes data itself. */
    private static String base64(String value) {
        return java.util.Base64.getEncoder().encodeToString(value.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    @Override
    public void close() {
        hive.shutdownNow();
        client.close();
        server.destroy();
    }
}
