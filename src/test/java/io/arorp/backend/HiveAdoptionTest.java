package io.arorp.backend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.arorp.api.HiveProfile;
import io.arorp.api.MaintenanceTask;
import io.arorp.api.OpenShiftClusterProperties;
import io.arorp.database.OpenShiftClusterDocument;
import io.arorp.env.hive.FakeHive;
import io.arorp.env.hive.HiveAdoption;
import io.arorp.env.hive.HiveSettings;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hive adoption in an admin update, with {@link FakeHive} as the management cluster: a cluster the RP installed without
 * Hive is registered once (installed, preserved on delete, reached with the RP's own kubeconfig), a second run writes
 * nothing, and nothing reaches Hive when adoption is off or the cluster was installed by Hive.
 */
class HiveAdoptionTest {
    static final List<String> ADOPTION = List.of("hiveCreateNamespace", "hiveEnsureResources",
            "hiveClusterDeploymentReady", "hiveResetCorrelationData");
    FakeHive hive;

    @BeforeEach
    void start() throws Exception {
        hive = new FakeHive();
    }

    @AfterEach
    void stop() {
        hive.close();
    }

    @Test
    void anAdminUpdateAdoptsAClusterInstalledWithoutHiveAndARerunChangesNothing(@TempDir Path dir) throws Exception {
        try (BackendFixture f = new BackendFixture(dir)) {
            adoptingInto(f);
            String key = f.installed("adopt");
            assertTrue(hive.client().namespaces().list().getItems().isEmpty(), "an install adopts nothing");
            f.steps.clear();

            f.run(key, () -> f.enqueueAdminUpdate(key, MaintenanceTask.EVERYTHING));
            List<String> ran = f.ran("adminUpdate");
            assertEquals(ADOPTION, ran.stream().filter(ADOPTION::contains).toList());
            assertTrue(ran.indexOf("syncClusterObject") < ran.indexOf("hiveCreateNamespace"), ran.toString());
            assertEquals(ran.size() - 1, ran.indexOf("updateProvisionedBy"), ran.toString());

            OpenShiftClusterDocument doc = f.clusters("reader").get(key).orElseThrow();
            OpenShiftClusterProperties p = doc.getOpenShiftCluster().getProperties();
            String ns = p.getHiveProfile().getNamespace();
            assertNotNull(hive.client().namespaces().withName(ns).get());
            assertFalse(Boolean.TRUE.equals(p.getHiveProfile().getCreatedByHive()));
            GenericKubernetesResource cd = onlyClusterDeployment();
            assertEquals(ns, cd.getMetadata().getNamespace());
            Map<String, Object> spec = map(cd.getAdditionalProperties().get("spec"));
            assertEquals(true, spec.get("installed"));
            assertEquals(true, spec.get("preserveOnDelete"));
            assertFalse(spec.containsKey("provisioning"), "Hive must never install an adopted cluster");
            Map<String, Object> metadata = map(spec.get("clusterMetadata"));
            assertEquals(doc.getId(), metadata.get("clusterID"));
            assertEquals(p.getInfraId(), metadata.get("infraID"));
            String kubeconfigSecret = (String) map(metadata.get("adminKubeconfigSecretRef")).get("name");
            assertEquals(p.getAdminKubeconfig().reveal(), secret(ns, kubeconfigSecret, "kubeconfig"));
            assertEquals("api-int." + p.getClusterProfile().getDomain() + ".eastus.aroapp.io:6443",
                    map(spec.get("controlPlaneConfig")).get("apiURLOverride"));
            assertEquals(Map.of("hive.openshift.io/cluster-platform", "azure", "hive.openshift.io/cluster-region",
                    "eastus"), cd.getMetadata().getLabels());
            assertEquals(doc.getOpenShiftCluster().getId(),
                    cd.getMetadata().getAnnotations().get("aro.openshift.io/cluster-resource-id"));
            assertEquals("cluster-sp", (String) map(map(map(spec.get("platform")).get("azure"))
                    .get("credentialsSecretRef")).get("name"));
            assertTrue(secret(ns, "cluster-sp", "osServicePrincipal.json").contains(
                    p.getServicePrincipalProfile().getClientId()));
            assertEquals("{}", secret(ns, "pull-secret", ".dockerconfigjson"));

            Map<String, String> versions = resourceVersions(ns);
            f.steps.clear();
            f.run(key, () -> f.enqueueAdminUpdate(key, MaintenanceTask.EVERYTHING));
            assertEquals(ADOPTION, f.ran("adminUpdate").stream().filter(ADOPTION::contains).toList());
            assertEquals(versions, resourceVersions(ns), "adopted already: nothing written again");
            assertEquals(ns, f.clusters("reader").get(key).orElseThrow().getOpenShiftCluster().getProperties()
                    .getHiveProfile().getNamespace());
        }
    }

    @Test
    void withAdoptionOffAnAdminUpdateWritesNothingToHive(@TempDir Path dir) throws Exception {
        try (BackendFixture f = new BackendFixture(dir)) {
            String key = f.installed("noadopt");

            f.run(key, () -> f.enqueueAdminUpdate(key, MaintenanceTask.EVERYTHING));

            assertNotAdopting(f);
            assertTrue(hive.client().namespaces().list().getItems().isEmpty());
            assertNull(f.clusters("reader").get(key).orElseThrow().getOpenShiftCluster().getProperties()
                    .getHiveProfile());
        }
    }

    @Test
    void aClusterHiveInstalledIsNotAdoptedAgain(@TempDir Path dir) throws Exception {
        try (BackendFixture f = new BackendFixture(dir)) {
            adoptingInto(f);
            String key = f.installed("byhive");
            f.clusters("frontend").patch(key, d -> {
                HiveProfile profile = new HiveProfile();
                profile.setNamespace("aro-installed-by-hive");
                profile.setCreatedByHive(true);
                d.getOpenShiftCluster().getProperties().setHiveProfile(profile);
            });

            f.run(key, () -> f.enqueueAdminUpdate(key, MaintenanceTask.EVERYTHING));

            assertNotAdopting(f);
            assertTrue(hive.clusterDeployments().isEmpty());
        }
    }

    @Test
    void aClusterDeploymentHiveInstalledIsLeftAloneAndTheDocumentLearnsWhoInstalledIt(@TempDir Path dir)
            throws Exception {
        try (BackendFixture f = new BackendFixture(dir)) {
            adoptingInto(f);
            String key = f.installed("unrecorded");
            // Hive installed this cluster, but its document (written before the install recorded it) does not say so
            String ns = new HiveAdoption(hive.apiClient(), settings()).ensureNamespace(
                    f.clusters("reader").get(key).orElseThrow().getOpenShiftCluster().getId());
            GenericKubernetesResource installed = new GenericKubernetesResource();
            installed.setApiVersion("hive.openshift.io/v1");
            installed.setKind("ClusterDeployment");
            installed.setMetadata(new io.fabric8.kubernetes.api.model.ObjectMetaBuilder().withName("cluster")
                    .withNamespace(ns).build());
            installed.setAdditionalProperty("spec", Map.of("installed", true, "provisioning",
                    Map.of("installConfigSecretRef", Map.of("name", "install-config"))));
            hive.client().genericKubernetesResources("hive.openshift.io/v1", "ClusterDeployment").inNamespace(ns)
                    .resource(installed).create();

            f.run(key, () -> f.enqueueAdminUpdate(key, MaintenanceTask.EVERYTHING));

            HiveProfile profile = f.clusters("reader").get(key).orElseThrow().getOpenShiftCluster().getProperties()
                    .getHiveProfile();
            assertEquals(ns, profile.getNamespace());
            assertEquals(Boolean.TRUE, profile.getCreatedByHive());
            Map<String, Object> spec = map(onlyClusterDeployment().getAdditionalProperties().get("spec"));
            assertNull(spec.get("preserveOnDelete"), "Hive's own ClusterDeployment is not rewritten");
            assertNull(hive.client().secrets().inNamespace(ns).withName("aro-service-kubeconfig-secret").get());

            f.steps.clear();
            f.run(key, () -> f.enqueueAdminUpdate(key, MaintenanceTask.EVERYTHING));
            assertNotAdopting(f);
        }
    }

    @Test
    void deletingAnAdoptedClusterRemovesItsHiveNamespace(@TempDir Path dir) throws Exception {
        try (BackendFixture f = new BackendFixture(dir)) {
            adoptingInto(f);
            String key = f.installed("adoptdel");
            f.run(key, () -> f.enqueueAdminUpdate(key, MaintenanceTask.EVERYTHING));
            String ns = f.clusters("reader").get(key).orElseThrow().getOpenShiftCluster().getProperties()
                    .getHiveProfile().getNamespace();
            assertNotNull(hive.client().namespaces().withName(ns).get());

            f.enqueue(key, io.arorp.api.ProvisioningState.DELETING);
            f.dispatchers.get(0).wake();
            BackendFixture.awaitTrue(() -> f.clusters("reader").get(key).isEmpty());

            assertNull(hive.client().namespaces().withName(ns).get());
        }
    }

    private void adoptingInto(BackendFixture f) {
        HiveAdoption adoption = new HiveAdoption(hive.apiClient(), settings());
        f.shapeEnv = e -> e.withHive(adoption);
    }

    static HiveSettings settings() {
        return new HiveSettings(Duration.ofSeconds(10), Duration.ofSeconds(5), Duration.ofMillis(50), "rp-eastus",
                "quay.io/openshift/installer:4.15");
    }

    private static void assertNotAdopting(BackendFixture f) {
        List<String> ran = f.ran("adminUpdate");
        assertTrue(ran.contains("updateProvisionedBy") && ran.stream().noneMatch(ADOPTION::contains), ran.toString());
    }

    private GenericKubernetesResource onlyClusterDeployment() {
        List<GenericKubernetesResource> all = hive.clusterDeployments();
        assertEquals(1, all.size(), all.toString());
        return all.get(0);
    }

    private Map<String, String> resourceVersions(String ns) {
        Map<String, String> versions = new java.util.TreeMap<>();
        hive.client().secrets().inNamespace(ns).list().getItems().forEach(s -> versions.put(
                "secret/" + s.getMetadata().getName(), s.getMetadata().getResourceVersion()));
        GenericKubernetesResource cd = onlyClusterDeployment();
        versions.put("clusterdeployment", cd.getMetadata().getResourceVersion());
        versions.values().forEach(v -> assertNotNull(v));
        assertNotEquals(1, versions.size());
        return versions;
    }

    private String secret(String ns, String name, String key) {
        return new String(Base64.getDecoder().decode(hive.client().secrets().inNamespace(ns).withName(name).get()
                .getData().get(key)), StandardCharsets.UTF_8);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }
}
