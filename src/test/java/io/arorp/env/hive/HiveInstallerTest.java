package io.arorp.env.hive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.arorp.api.CloudException;
import io.arorp.api.Secret;
import io.arorp.env.installer.ClusterCredentials;
import io.arorp.env.kube.KubeOperatorDeployer;
import io.arorp.env.kube.KubeconfigClusterClients;
import io.kubernetes.client.openapi.ApiClient;
import io.kubernetes.client.openapi.apis.AppsV1Api;
import io.kubernetes.client.openapi.apis.CoreV1Api;
import io.arorp.env.installer.InstallSpec;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HiveInstallerTest {
    static final String CLUSTER = "/subscriptions/s1/resourceGroups/rg/providers/Microsoft.RedHatOpenShift/"
            + "openShiftClusters/c1";
    static final String SUBNET = "/subscriptions/s1/resourceGroups/net/providers/Microsoft.Network/virtualNetworks/"
            + "vnet/subnets/";
    FakeHive hive;
    HiveInstaller installer;

    @BeforeEach
    void start() throws Exception {
        hive = new FakeHive();
        installer = new HiveInstaller(hive.apiClient(), new HiveSettings(Duration.ofSeconds(10),
                Duration.ofSeconds(5), Duration.ofMillis(50), "rp-eastus", "quay.io/openshift/installer:4.15"),
                Clock.systemUTC());
    }

    @AfterEach
    void stop() {
        hive.close();
    }

    @Test
    void createsTheClusterDeploymentAndItsSecretsThenReturnsWhatHiveInstalled() {
        ClusterCredentials credentials = installer.install(spec());

        assertEquals(FakeHive.KUBECONFIG, credentials.adminKubeconfig().reveal());
        assertEquals("abcde-fghij-klmno-pqrst", credentials.kubeadminPassword().reveal());
        String ns = ClusterDeployments.namespace(CLUSTER);
        GenericKubernetesResource cd = hive.clusterDeployments().get(0);
        assertEquals(ns, cd.getMetadata().getNamespace());
        @SuppressWarnings("unchecked")
        Map<String, Object> spec = (Map<String, Object>) cd.getAdditionalProperties().get("spec");
        assertEquals("c1-abcde", spec.get("clusterName"));
        assertEquals("example.com", spec.get("baseDomain"));
        assertEquals(Map.of("azure", Map.of("region", "eastus", "baseDomainResourceGroupName", "rp-eastus",
                "resourceGroupName", "aro-c1", "credentialsSecretRef", Map.of("name", "cluster-sp"))),
                spec.get("platform"));
        assertEquals("{\"subscriptionId\":\"s1\",\"clientId\":\"sp-client\",\"clientSecret\":\"s\\\"cret\","
                + "\"tenantId\":\"t1\"}", secret(ns, "cluster-sp", "osServicePrincipal.json"));
        assertEquals("{\"auths\":{\"quay.io\":{}}}", secret(ns, "pull-secret", ".dockerconfigjson"));
        String installConfig = secret(ns, "install-config", "install-config.yaml");
        assertTrue(installConfig.contains("controlPlaneSubnet: master"), installConfig);
        assertTrue(installConfig.contains("virtualNetwork: vnet"), installConfig);
    }

    @Test
    void talksToHiveOverVerifiedTlsWithAKubeconfigAsProdDoes() throws Exception {
        try (FakeHive tls = new FakeHive(true)) {
            HiveInstaller overTls = new HiveInstaller(new KubeconfigClusterClients(Duration.ofSeconds(10))
                    .client(Secret.of(tls.kubeconfig())), new HiveSettings(Duration.ofSeconds(10),
                    Duration.ofSeconds(5), Duration.ofMillis(50), "rp-eastus", "img"), Clock.systemUTC());

            assertEquals(FakeHive.KUBECONFIG, overTls.install(spec()).adminKubeconfig().reveal());
        }
    }

    @Test
    void aClusterHiveInstalledAnswersOnItsAdminKubeconfigAndReportsItsOperatorRolledOut() throws Exception {
        try (HiveClusters clusters = HiveClusters.installedBy(hive);
                KubeconfigClusterClients clients = new KubeconfigClusterClients(Duration.ofSeconds(10))) {
            ApiClient cluster = clients.client(installer.install(spec()).adminKubeconfig());

            List<String> nodes = new CoreV1Api(cluster).listNode().execute().getItems().stream()
                    .map(n -> n.getMetadata().getName()).toList();
            assertTrue(nodes.stream().anyMatch(n -> n.startsWith("c1-abcde-master-")), nodes.toString());
            new KubeOperatorDeployer().deploy(cluster, "v1");
            AppsV1Api apps = new AppsV1Api(cluster);
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            Integer ready = null;
            while (!Integer.valueOf(2).equals(ready) && System.nanoTime() < deadline) {
                Thread.sleep(50);
                var status = apps.readNamespacedDeployment("aro-operator-worker", KubeOperatorDeployer.NAMESPACE)
                        .execute().getStatus();
                ready = status == null ? null : status.getReadyReplicas();
            }
            assertEquals(2, ready);
        }
    }

    @Test
    void anInstallRepeatedAfterACrashFindsTheClusterInstalled() {
        installer.install(spec());
        ClusterCredentials again = installer.install(spec());

        assertEquals(1, hive.clusterDeployments().size());
        assertEquals(FakeHive.KUBECONFIG, again.adminKubeconfig().reveal());
        assertEquals(FakeHive.KUBECONFIG, installer.newUserAdminKubeconfig(CLUSTER.toUpperCase()).reveal());
    }

    @Test
    void failsWithHivesReasonWhenProvisioningFails() {
        hive.failInstalls = true;

        CloudException e = assertThrows(CloudException.class, () -> installer.install(spec()));

        assertEquals("DeploymentFailed", e.code());
        assertTrue(e.getMessage().contains("quota exhausted"), e.getMessage());
    }

    @Test
    void givesUpWhenTheInstallOutlastsItsTimeout() {
        hive.installs = false;
        HiveInstaller impatient = new HiveInstaller(hive.apiClient(), new HiveSettings(Duration.ofMillis(300),
                Duration.ofSeconds(5), Duration.ofMillis(50), "rp-eastus", "img"), Clock.systemUTC());

        CloudException e = assertThrows(CloudException.class, () -> impatient.install(spec()));

        assertTrue(e.getMessage().contains("not installed within"), e.getMessage());
    }

    @Test
    void destroyRemovesTheClusterDeploymentAndItsNamespaceAndIsANoOpAfterwards() {
        installer.install(spec());

        installer.destroy(CLUSTER);

        assertTrue(hive.clusterDeployments().isEmpty());
        assertEquals(null, hive.client().namespaces().withName(ClusterDeployments.namespace(CLUSTER)).get());
        installer.destroy(CLUSTER);
    }

    @Test
    void aWorkloadIdentityClusterGetsItsIssuerSigningKeyAndOperatorSecretsInsteadOfAServicePrincipal()
            throws Exception {
        InstallSpec sp = spec();
        var operatorSecret = new InstallSpec.OperatorSecret("openshift-ingress-operator", "cloud-credentials",
                Map.of("azure_client_id", "ingress-client", "azure_federated_token_file",
                        "/var/run/secrets/openshift/serviceaccount/token"));
        installer.install(new InstallSpec(sp.clusterResourceId(), sp.clusterResourceGroupId(), sp.location(),
                sp.version(), sp.infraId(), sp.domain(), sp.masterVmSize(), sp.masterSubnetId(), sp.workers(),
                sp.pullSecret(), null, new InstallSpec.WorkloadIdentity("https://oidc.example/doc1",
                        Secret.of("-----BEGIN PRIVATE KEY-----\nk\n-----END PRIVATE KEY-----\n"),
                        List.of(operatorSecret))));

        String ns = ClusterDeployments.namespace(CLUSTER);
        assertEquals(null, hive.client().secrets().inNamespace(ns).withName("cluster-sp").get());
        @SuppressWarnings("unchecked")
        Map<String, Object> spec = (Map<String, Object>) hive.clusterDeployments().get(0).getAdditionalProperties()
                .get("spec");
        @SuppressWarnings("unchecked")
        Map<String, Object> platform = (Map<String, Object>) spec.get("platform");
        assertEquals(Map.of("region", "eastus", "baseDomainResourceGroupName", "rp-eastus", "resourceGroupName",
                "aro-c1"), platform.get("azure"));
        assertEquals(Map.of("name", "bound-service-account-signing-key"),
                spec.get("boundServiceAccountSigningKeySecretRef"));
        assertEquals(Map.of("name", "manifests"), ((Map<?, ?>) spec.get("provisioning")).get("manifestsSecretRef"));
        assertEquals("-----BEGIN PRIVATE KEY-----\nk\n-----END PRIVATE KEY-----\n",
                secret(ns, "bound-service-account-signing-key", "bound-service-account-signing-key.key"));
        assertTrue(secret(ns, "install-config", "install-config.yaml").contains("\ncredentialsMode: Manual\n"));
        var json = io.arorp.util.json.Jackson.newMapper();
        var authentication = json.readTree(secret(ns, "manifests", "cluster-authentication-02-config.yaml"));
        assertEquals("Authentication", authentication.path("kind").asText());
        assertEquals("https://oidc.example/doc1", authentication.path("spec").path("serviceAccountIssuer").asText());
        var credentials = json.readTree(secret(ns, "manifests",
                "openshift-ingress-operator-cloud-credentials-credentials.yaml"));
        assertEquals("openshift-ingress-operator", credentials.path("metadata").path("namespace").asText());
        assertEquals("ingress-client", credentials.path("stringData").path("azure_client_id").asText());
    }

    private String secret(String ns, String name, String key) {
        return new String(Base64.getDecoder().decode(hive.client().secrets().inNamespace(ns).withName(name).get()
                .getData().get(key)), StandardCharsets.UTF_8);
    }

    static InstallSpec spec() {
        return new InstallSpec(CLUSTER, "/subscriptions/s1/resourceGroups/aro-c1", "eastus", "4.15.35", "c1-abcde",
                "c1.example.com", "Standard_D8s_v3", SUBNET + "master",
                List.of(new InstallSpec.Workers("worker", "Standard_D4s_v3", 128, SUBNET + "worker", 3, false)),
                Secret.of("{\"auths\":{\"quay.io\":{}}}"),
                new InstallSpec.ServicePrincipal("t1", "s1", "sp-client", Secret.of("s\"cret")));
    }
}
