package io.arorp.frontend.check;

import static io.arorp.frontend.check.SimCloudFixture.SUBSCRIPTION;
import static io.arorp.frontend.check.SimCloudFixture.cluster;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.arorp.api.CloudException;
import io.arorp.api.EncryptionAtHost;
import io.arorp.api.OpenShiftCluster;
import io.arorp.env.sim.cloud.Fault;
import io.arorp.env.sim.cloud.SimFeatures;
import io.arorp.env.sim.cloud.SimProviders;
import io.arorp.env.sim.cloud.SimQuotas;
import io.arorp.env.sim.cloud.SimSkus;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every create-time check against the simulated cloud: status, code, target and message of the original. */
class CreateChecksTest {
    @TempDir
    Path dir;
    private SimCloudFixture f;

    @BeforeEach
    void setUp() {
        f = new SimCloudFixture(dir, 1000);
    }

    @AfterEach
    void tearDown() {
        f.close();
    }

    @Test
    void aClusterThatFitsPasses() {
        f.checks.run(SUBSCRIPTION, cluster());
    }

    @Test
    void aMasterSizeTheRegionDoesNotOfferIsRefused() {
        f.set(SimSkus.id(SUBSCRIPTION, "eastus", "Standard_D8s_v3"), SimSkus.TYPE, "available", "false");
        assertError(cluster(), "InvalidParameter", "properties.masterProfile.VMSize",
                "The selected SKU 'Standard_D8s_v3' is unavailable in region 'eastus'");
    }

    @Test
    void aRestrictedWorkerSizeIsRefusedWithItsIndex() {
        f.set(SimSkus.id(SUBSCRIPTION, "eastus", "Standard_D4s_v3"), SimSkus.TYPE, "restricted", "true");
        assertError(cluster(), "InvalidParameter", "properties.workerProfiles[0].VMSize",
                "The selected SKU 'Standard_D4s_v3' is restricted in region 'eastus' for selected subscription");
    }

    @Test
    void encryptionAtHostNeedsASizeThatSupportsIt() {
        OpenShiftCluster oc = cluster();
        oc.getProperties().getMasterProfile().setVmSize("Standard_M128ms");
        oc.getProperties().getMasterProfile().setEncryptionAtHost(EncryptionAtHost.ENABLED);
        assertError(oc, "InvalidParameter", "properties.masterProfile.encryptionAtHost",
                "VM SKU 'Standard_M128ms' does not support encryption at host.");

        OpenShiftCluster workers = cluster();
        workers.getProperties().getWorkerProfiles().get(0).setEncryptionAtHost(EncryptionAtHost.ENABLED);
        f.set(SimSkus.id(SUBSCRIPTION, "eastus", "Standard_D4s_v3"), SimSkus.TYPE,
                "encryptionAtHostSupported", "false");
        assertError(workers, "InvalidParameter", "properties.workerProfiles[0].encryptionAtHost",
                "VM SKU 'Standard_D4s_v3' does not support encryption at host.");
    }

    @Test
    void encryptionAtHostNeedsTheFeatureRegisteredOnlyWhenUsed() {
        f.set(SimFeatures.id(SUBSCRIPTION, "Microsoft.Compute", "EncryptionAtHost"), SimFeatures.TYPE,
                "state", "NotRegistered");
        f.checks.run(SUBSCRIPTION, cluster());
        OpenShiftCluster oc = cluster();
        oc.getProperties().getMasterProfile().setEncryptionAtHost(EncryptionAtHost.ENABLED);
        assertError(oc, "InvalidParameter", "armfeatures.SubscriptionFeatureRegistrationProperties",
                "Microsoft.Compute/EncryptionAtHost feature is not enabled for this subscription. Register the feature "
                        + "using 'az feature register --namespace Microsoft.Compute --name EncryptionAtHost'");
    }

    @Test
    void theRegionalCoresQuotaCountsMastersBootstrapAndWorkers() {
        f.set(SimQuotas.id(SUBSCRIPTION, "eastus", "cores"), SimQuotas.TYPE, "limit", "50", "currentValue", "10");
        assertError(cluster(), "ResourceQuotaExceeded", null, "Resource quota of cores exceeded. Maximum allowed: 50, "
                + "Current in use: 10, Additional requested: 44.");
    }

    @Test
    void theFamilyQuotaIsCheckedPerFamily() {
        f.set(SimQuotas.id(SUBSCRIPTION, "eastus", "standardDSv3Family"), SimQuotas.TYPE, "limit", "40");
        assertError(cluster(), "ResourceQuotaExceeded", null, "Resource quota of standardDSv3Family exceeded. "
                + "Maximum allowed: 40, Current in use: 0, Additional requested: 44.");
    }

    @Test
    void virtualMachinesDisksAndPublicIpsAreQuotasToo() {
        f.set(SimQuotas.id(SUBSCRIPTION, "eastus", "virtualMachines"), SimQuotas.TYPE, "limit", "100",
                "currentValue", "94");
        assertError(cluster(), "ResourceQuotaExceeded", null, "Resource quota of virtualMachines exceeded. "
                + "Maximum allowed: 100, Current in use: 94, Additional requested: 7.");
        f.set(SimQuotas.id(SUBSCRIPTION, "eastus", "virtualMachines"), SimQuotas.TYPE, "limit", "100",
                "currentValue", "93");
        f.set(SimQuotas.id(SUBSCRIPTION, "eastus", "PublicIPAddresses"), SimQuotas.TYPE, "limit", "2");
        assertError(cluster(), "ResourceQuotaExceeded", null, "Resource quota of PublicIPAddresses exceeded. "
                + "Maximum allowed: 2, Current in use: 0, Additional requested: 3.");
    }

    @Test
    void aQuotaOfAnotherRegionDoesNotCount() {
        f.set(SimQuotas.id(SUBSCRIPTION, "westus", "cores"), SimQuotas.TYPE, "limit", "1");
        f.checks.run(SUBSCRIPTION, cluster());
    }

    @Test
    void everyProviderTheInstallUsesMustBeRegistered() {
        f.set(SimProviders.id(SUBSCRIPTION, "Microsoft.Network"), SimProviders.TYPE,
                "registrationState", "NotRegistered");
        assertError(cluster(), "ResourceProviderNotRegistered", null,
                "The resource provider 'Microsoft.Network' is not registered.");
        f.set(SimProviders.id(SUBSCRIPTION, "Microsoft.Network"), SimProviders.TYPE,
                "registrationState", "Registered");
        f.set(SimProviders.id(SUBSCRIPTION, "Microsoft.Authorization"), SimProviders.TYPE,
                "registrationState", "Registering");
        assertError(cluster(), "ResourceProviderNotRegistered", null,
                "The resource provider 'Microsoft.Authorization' is not registered.");
    }

    @Test
    void aHungCloudCallIsAbandonedAfterTheTimeout() throws Exception {
        f.cloud.calls().inject(Fault.holding("quotas.usages", SUBSCRIPTION));
        ExecutorService executor = Executors.newSingleThreadExecutor();
        try {
            Bounded bounded = new Bounded(executor, Duration.ofMillis(300));
            long start = System.nanoTime();
            assertThrows(TimeoutException.class, () -> bounded.call(() -> {
                f.checks.run(SUBSCRIPTION, cluster());
                return null;
            }));
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertTrue(millis < 5_000, "waited " + millis + " ms");
        } finally {
            f.cloud.calls().removeAll();
            executor.shutdownNow();
        }
    }

    @Test
    void aCloudErrorOfTheCallReachesTheCallerAsIs() throws Exception {
        f.cloud.calls().inject(Fault.error("providers.list", SUBSCRIPTION, 429, "TooManyRequests", "slow down"));
        ExecutorService executor = Executors.newSingleThreadExecutor();
        try {
            CloudException e = assertThrows(CloudException.class, () -> new Bounded(executor, Duration.ofSeconds(5))
                    .call(() -> {
                        f.checks.run(SUBSCRIPTION, cluster());
                        return null;
                    }));
            assertEquals("TooManyRequests", e.code());
        } finally {
            executor.shutdownNow();
        }
    }

    @Test
    void theAzureReadsRunSideBySide() throws Exception {
        f.cloud.calls().inject(Fault.holding("quotas.usages", SUBSCRIPTION));
        ExecutorService caller = Executors.newSingleThreadExecutor();
        try {
            Future<?> run = caller.submit(() -> f.checks.run(SUBSCRIPTION, cluster()));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            // One after another, the providers would not be read before the held quota read answered.
            while (f.cloud.calls().count("providers.list") == 0) {
                assertTrue(System.nanoTime() < deadline, "the providers were not read while the quotas were");
                Thread.sleep(10);
            }
            assertFalse(run.isDone(), "the checks judge the quota before the providers: they wait for it");
            f.cloud.calls().removeAll();
            run.get(30, TimeUnit.SECONDS);
        } finally {
            caller.shutdownNow();
        }
    }

    @Test
    void theFirstFailingCheckInTheOriginalOrderWinsWhicheverReadAnswersFirst() throws Exception {
        f.set(SimProviders.id(SUBSCRIPTION, "Microsoft.Compute"), SimProviders.TYPE,
                "registrationState", "NotRegistered");
        f.set(SimSkus.id(SUBSCRIPTION, "eastus", "Standard_D8s_v3"), SimSkus.TYPE, "available", "false");
        OpenShiftCluster oc = cluster();
        f.cloud.calls().inject(Fault.holding("skus.get", SUBSCRIPTION)); // the providers answer first
        ExecutorService caller = Executors.newSingleThreadExecutor();
        try {
            Future<?> run = caller.submit(() -> f.checks.run(SUBSCRIPTION, oc));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (f.cloud.calls().count("providers.list") == 0) {
                assertTrue(System.nanoTime() < deadline, "the providers were not read");
                Thread.sleep(10);
            }
            f.cloud.calls().removeAll();
            ExecutionException e = assertThrows(ExecutionException.class, () -> run.get(30, TimeUnit.SECONDS));
            CloudException error = (CloudException) e.getCause();
            assertEquals("InvalidParameter", error.code());
            assertEquals("properties.masterProfile.VMSize", error.target());
        } finally {
            caller.shutdownNow();
        }
    }

    private void assertError(OpenShiftCluster oc, String code, String target, String message) {
        CloudException e = assertThrows(CloudException.class, () -> f.checks.run(SUBSCRIPTION, oc));
        assertEquals(400, e.status());
        assertEquals(code, e.code());
        assertEquals(target, e.target());
        assertEquals(message, e.getMessage());
    }
}
