package io.arorp.frontend.check;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.arorp.api.ClusterProfile;
import io.arorp.api.EncryptionAtHost;
import io.arorp.api.MasterProfile;
import io.arorp.api.OpenShiftCluster;
import io.arorp.api.OpenShiftClusterProperties;
import io.arorp.api.WorkerProfile;
import io.arorp.database.Containers;
import io.arorp.database.DocumentCodec;
import io.arorp.database.SimulatedResources;
import io.arorp.database.contract.TestClock;
import io.arorp.database.secret.AesGcmSecretSealer;
import io.arorp.database.store.embedded.EmbeddedDocumentStore;
import io.arorp.env.cloud.CloudResource;
import io.arorp.env.sim.cloud.SimFeatures;
import io.arorp.env.sim.cloud.SimProviders;
import io.arorp.env.sim.cloud.SimQuotas;
import io.arorp.env.sim.cloud.SimSkus;
import io.arorp.env.sim.cloud.SimulatedCloud;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** A simulated cloud on an embedded store, the real collaborators of the create checks, and a cluster to check. */
final class SimCloudFixture implements AutoCloseable {
    static final String SUBSCRIPTION = "11111111-2222-3333-4444-555555555555";
    final EmbeddedDocumentStore store;
    final SimulatedCloud cloud;
    final CreateChecks checks;
    /** Where the checks' Azure reads run side by side, as in the server. */
    final ExecutorService reads = Executors.newCachedThreadPool();

    SimCloudFixture(Path dir, int coresLimit) {
        store = EmbeddedDocumentStore.open(dir.resolve("store.mv.db"), new TestClock());
        store.ensureContainers(List.of(Containers.SIMULATED_CLOUD));
        DocumentCodec codec = new DocumentCodec(new AesGcmSecretSealer(AesGcmSecretSealer.parseKeys(
                "t=YXJvLXJwLXRlc3Qta2V5LU5PVC1TRUNSRVQtMDAwMDE="), new SecureRandom()));
        cloud = new SimulatedCloud(new SimulatedResources(store, codec),
                new SimulatedCloud.Settings(Duration.ZERO, true, coresLimit, "00000000-0000-0000-0000-000000000000"));
        checks = new CreateChecks(new SimSkus(cloud), new SimFeatures(cloud), new SimQuotas(cloud),
                new SimProviders(cloud), reads);
    }

    /** Puts a resource of the simulation's control shape, as a test or a person does through the admin API. */
    void set(String id, String type, String... fieldsAndValues) {
        ObjectNode properties = JsonNodeFactory.instance.objectNode();
        for (int i = 0; i < fieldsAndValues.length; i += 2) {
            String value = fieldsAndValues[i + 1];
            if (value.equals("true") || value.equals("false")) {
                properties.put(fieldsAndValues[i], Boolean.parseBoolean(value));
            } else if (value.matches("\\d+")) {
                properties.put(fieldsAndValues[i], Long.parseLong(value));
            } else {
                properties.put(fieldsAndValues[i], value);
            }
        }
        cloud.create(CloudResource.of(id, type, null, properties));
    }

    /** Masters Standard_D8s_v3, three workers Standard_D4s_v3, no encryption at host. */
    static OpenShiftCluster cluster() {
        OpenShiftCluster oc = new OpenShiftCluster();
        oc.setId("/subscriptions/" + SUBSCRIPTION + "/resourceGroups/rg/providers/Microsoft.RedHatOpenShift/"
                + "openShiftClusters/c1");
        oc.setLocation("eastus");
        OpenShiftClusterProperties p = new OpenShiftClusterProperties();
        ClusterProfile cp = new ClusterProfile();
        cp.setVersion("4.15.35");
        p.setClusterProfile(cp);
        MasterProfile master = new MasterProfile();
        master.setVmSize("Standard_D8s_v3");
        master.setEncryptionAtHost(EncryptionAtHost.DISABLED);
        p.setMasterProfile(master);
        WorkerProfile worker = new WorkerProfile();
        worker.setName("worker");
        worker.setVmSize("Standard_D4s_v3");
        worker.setCount(3);
        worker.setEncryptionAtHost(EncryptionAtHost.DISABLED);
        p.setWorkerProfiles(List.of(worker));
        oc.setProperties(p);
        return oc;
    }

    @Override
    public void close() {
        cloud.calls().removeAll();
        reads.shutdownNow();
        store.close();
    }
}
