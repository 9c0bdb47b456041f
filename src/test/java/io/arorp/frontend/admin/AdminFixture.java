package io.arorp.frontend.admin;

import io.arorp.api.OpenShiftCluster;
import io.arorp.api.OpenShiftClusterProperties;
import io.arorp.api.ProvisioningState;
import io.arorp.api.admin.AdminApiVersion;
import io.arorp.database.Billing;
import io.arorp.database.Containers;
import io.arorp.database.DocumentCodec;
import io.arorp.database.LeaseOwner;
import io.arorp.database.MaintenanceManifests;
import io.arorp.database.MaintenanceSchedules;
import io.arorp.database.OpenShiftClusterDocument;
import io.arorp.database.OpenShiftClusters;
import io.arorp.database.OpenShiftVersions;
import io.arorp.database.PlatformWorkloadIdentityRoleSets;
import io.arorp.database.contract.TestClock;
import io.arorp.database.secret.AesGcmSecretSealer;
import io.arorp.database.store.embedded.EmbeddedDocumentStore;
import io.arorp.env.Ids;
import io.arorp.frontend.action.SkipTokens;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.UUID;

/** The admin actions over one real embedded store, as the frontend wires them. */
final class AdminFixture implements AutoCloseable {
    static final String SUBSCRIPTION = "11111111-2222-3333-4444-555555555555";

    final TestClock clock = new TestClock();
    final EmbeddedDocumentStore store;
    final AesGcmSecretSealer sealer = new AesGcmSecretSealer(AesGcmSecretSealer.parseKeys(
            "t=YXJvLXJwLXRlc3Qta2V5LU5PVC1TRUNSRVQtMDAwMDE="), new SecureRandom());
    final DocumentCodec codec = new DocumentCodec(sealer);
    final Ids ids = () -> UUID.randomUUID().toString();
    final SkipTokens skipTokens = new SkipTokens(sealer);
    final AdminApiVersion admin = new AdminApiVersion();
    final OpenShiftClusters clusters;
    final OpenShiftVersions versions;
    final PlatformWorkloadIdentityRoleSets roleSets;
    final MaintenanceManifests manifests;
    final MaintenanceSchedules schedules;
    final Billing billing;

    AdminFixture(Path dir) {
        store = EmbeddedDocumentStore.open(dir.resolve("store.mv.db"), clock);
        store.ensureContainers(Containers.ALL);
        clusters = new OpenShiftClusters(store, codec, new LeaseOwner("test"));
        versions = new OpenShiftVersions(store, codec);
        roleSets = new PlatformWorkloadIdentityRoleSets(store, codec);
        manifests = new MaintenanceManifests(store, codec, new LeaseOwner("test"));
        schedules = new MaintenanceSchedules(store, codec);
        billing = new Billing(store, codec);
    }

    /** A stored cluster in {@code state}; returns its id as a caller would case it. */
    String cluster(String name, ProvisioningState state) {
        String id = "/subscriptions/" + SUBSCRIPTION + "/resourceGroups/rg/providers/Microsoft.RedHatOpenShift/"
                + "openShiftClusters/" + name;
        OpenShiftClusterProperties properties = new OpenShiftClusterProperties();
        properties.setProvisioningState(state);
        OpenShiftCluster oc = new OpenShiftCluster();
        oc.setId(id);
        oc.setName(name);
        oc.setProperties(properties);
        OpenShiftClusterDocument doc = new OpenShiftClusterDocument();
        doc.setId(ids.newId());
        doc.setKey(id.toLowerCase());
        doc.setClusterResourceGroupIdKey("/subscriptions/" + SUBSCRIPTION + "/resourcegroups/aro-" + name);
        doc.setClientIdKey(ids.newId());
        doc.setOpenShiftCluster(oc);
        clusters.create(doc);
        return id;
    }

    static byte[] json(String json) {
        return json.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        store.close();
    }
}
