package io.arorp.frontend.check;

import io.arorp.api.CloudException;
import io.arorp.api.EncryptionAtHost;
import io.arorp.api.MasterProfile;
import io.arorp.api.OpenShiftCluster;
import io.arorp.api.OpenShiftClusterProperties;
import io.arorp.api.WorkerProfile;
import io.arorp.env.cloud.Features;
import io.arorp.env.cloud.Providers;
import io.arorp.env.cloud.Quotas;
import io.arorp.env.cloud.Skus;
import io.arorp.env.cloud.VmSku;
import io.arorp.env.cloud.Usage;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Executor;
import java.util.function.Function;

/**
 * What a create asks Azure before it is accepted, in the original's order: the VM sizes are offered to the subscription
 * in the region (and can encrypt at host when asked to), the EncryptionAtHost feature is registered when used, the
 * quota fits the cluster, and the resource providers the install deploys to are registered. A customer learns of a
 * missing prerequisite in the PUT's answer instead of from a failed install an hour later.
 */
public final class CreateChecks {
    static final List<String> PROVIDERS = List.of("Microsoft.Authorization", "Microsoft.Compute", "Microsoft.Network",
            "Microsoft.Storage");
    private final Skus skus;
    private final Features features;
    private final Quotas quotas;
    private final Providers providers;
    private final Executor reads;

    /** Checks that read Azure one call after another, on the caller's thread. */
    public CreateChecks(Skus skus, Features features, Quotas quotas, Providers providers) {
        this(skus, features, quotas, providers, Runnable::run);
    }

    /** @param reads where the independent Azure reads run side by side (each is a round trip to ARM) */
    public CreateChecks(Skus skus, Features features, Quotas quotas, Providers providers, Executor reads) {
        this.skus = skus;
        this.features = features;
        this.quotas = quotas;
        this.providers = providers;
        this.reads = reads;
    }

    /**
     * Throws the first failing check's CloudError, in the original's order, whichever Azure answered first; the
     * cluster is the internal object about to be created.
     */
    public void run(String subscriptionId, OpenShiftCluster oc) {
        OpenShiftClusterProperties p = oc.getProperties();
        String location = oc.getLocation();
        try (AzureReads azure = new AzureReads(reads)) {
            Map<String, AzureReads.Read<Optional<VmSku>>> sizes = new HashMap<>();
            sizes.put(p.getMasterProfile().getVmSize(), null);
            workers(p).forEach(w -> sizes.put(w.getVmSize(), null));
            sizes.replaceAll((size, none) -> azure.start(() -> skus.virtualMachineSku(subscriptionId, location,
                    size)));
            AzureReads.Read<String> feature = encryptionAtHostUsed(p) ? azure.start(() -> features.registrationState(
                    subscriptionId, "Microsoft.Compute", "EncryptionAtHost")) : null;
            AzureReads.Read<List<Usage>> usages = azure.start(() -> quotas.usages(subscriptionId, location));
            AzureReads.Read<Map<String, String>> states = azure.start(() -> providers.registrationStates(
                    subscriptionId));

            checkSkus(oc, size -> sizes.get(size).get());
            if (feature != null) {
                checkEncryptionAtHostFeature(feature.get());
            }
            QuotaCheck.check(usages.get(), oc);
            checkProviders(states.get());
        }
    }

    private void checkSkus(OpenShiftCluster oc, Function<String, Optional<VmSku>> answers) {
        OpenShiftClusterProperties p = oc.getProperties();
        MasterProfile master = p.getMasterProfile();
        VmSku masterSku = available(answers, oc.getLocation(), "properties.masterProfile.VMSize",
                master.getVmSize());
        List<WorkerProfile> workers = workers(p);
        List<VmSku> workerSkus = new ArrayList<>();
        for (int i = 0; i < workers.size(); i++) {
            workerSkus.add(available(answers, oc.getLocation(), "properties.workerProfiles[" + i + "].VMSize",
                    workers.get(i).getVmSize()));
        }
        if (master.getEncryptionAtHost() == EncryptionAtHost.ENABLED && !masterSku.encryptionAtHostSupported()) {
            throw noEncryptionAtHost("properties.masterProfile.encryptionAtHost", master.getVmSize());
        }
        for (int i = 0; i < workers.size(); i++) {
            if (workers.get(i).getEncryptionAtHost() == EncryptionAtHost.ENABLED
                    && !workerSkus.get(i).encryptionAtHostSupported()) {
                throw noEncryptionAtHost("properties.workerProfiles[" + i + "].encryptionAtHost",
                        workers.get(i).getVmSize());
            }
        }
    }

    private static boolean encryptionAtHostUsed(OpenShiftClusterProperties p) {
        return p.getMasterProfile().getEncryptionAtHost() == EncryptionAtHost.ENABLED
                || workers(p).stream().anyMatch(w -> w.getEncryptionAtHost() == EncryptionAtHost.ENABLED);
    }

    private static void checkEncryptionAtHostFeature(String registrationState) {
        if (!"Registered".equals(registrationState)) {
            throw new CloudException(400, "InvalidParameter", "armfeatures.SubscriptionFeatureRegistrationProperties",
                    "Microsoft.Compute/EncryptionAtHost feature is not enabled for this subscription. Register the "
                            + "feature using 'az feature register --namespace Microsoft.Compute --name "
                            + "EncryptionAtHost'");
        }
    }

    private static void checkProviders(Map<String, String> registrationStates) {
        Map<String, String> states = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        states.putAll(registrationStates);
        for (String namespace : PROVIDERS) {
            if (!"Registered".equals(states.get(namespace))) {
                throw new CloudException(400, "ResourceProviderNotRegistered", null,
                        "The resource provider '" + namespace + "' is not registered.");
            }
        }
    }

    private static VmSku available(Function<String, Optional<VmSku>> answers, String location, String target,
            String vmSize) {
        VmSku sku = answers.apply(vmSize).orElseThrow(() -> new CloudException(
                400, "InvalidParameter", target,
                "The selected SKU '" + vmSize + "' is unavailable in region '" + location + "'"));
        if (sku.restricted()) {
            throw new CloudException(400, "InvalidParameter", target, "The selected SKU '" + vmSize
                    + "' is restricted in region '" + location + "' for selected subscription");
        }
        return sku;
    }

    private static CloudException noEncryptionAtHost(String target, String vmSize) {
        return new CloudException(400, "InvalidParameter", target,
                "VM SKU '" + vmSize + "' does not support encryption at host.");
    }

    static List<WorkerProfile> workers(OpenShiftClusterProperties p) {
        return p.getWorkerProfiles() == null ? List.of() : p.getWorkerProfiles();
    }
}
