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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

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

    public CreateChecks(Skus skus, Features features, Quotas quotas, Providers providers) {
        this.skus = skus;
        this.features = features;
        this.quotas = quotas;
        this.providers = providers;
    }

    /** Throws the first failing check's CloudError; the cluster is the internal object about to be created. */
    public void run(String subscriptionId, OpenShiftCluster oc) {
        checkSkus(subscriptionId, oc);
        checkEncryptionAtHostFeature(subscriptionId, oc);
        new QuotaCheck(quotas).check(subscriptionId, oc);
        checkProviders(subscriptionId);
    }

    void checkSkus(String subscriptionId, OpenShiftCluster oc) {
        OpenShiftClusterProperties p = oc.getProperties();
        MasterProfile master = p.getMasterProfile();
        VmSku masterSku = available(subscriptionId, oc.getLocation(), "properties.masterProfile.VMSize",
                master.getVmSize());
        List<WorkerProfile> workers = workers(p);
        List<VmSku> workerSkus = new ArrayList<>();
        for (int i = 0; i < workers.size(); i++) {
            workerSkus.add(available(subscriptionId, oc.getLocation(), "properties.workerProfiles[" + i + "].VMSize",
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

    void checkEncryptionAtHostFeature(String subscriptionId, OpenShiftCluster oc) {
        OpenShiftClusterProperties p = oc.getProperties();
        boolean used = p.getMasterProfile().getEncryptionAtHost() == EncryptionAtHost.ENABLED
                || workers(p).stream().anyMatch(w -> w.getEncryptionAtHost() == EncryptionAtHost.ENABLED);
        if (used && !"Registered".equals(features.registrationState(subscriptionId, "Microsoft.Compute",
                "EncryptionAtHost"))) {
            throw new CloudException(400, "InvalidParameter", "armfeatures.SubscriptionFeatureRegistrationProperties",
                    "Microsoft.Compute/EncryptionAtHost feature is not enabled for this subscription. Register the "
                            + "feature using 'az feature register --namespace Microsoft.Compute --name "
                            + "EncryptionAtHost'");
        }
    }

    void checkProviders(String subscriptionId) {
        Map<String, String> states = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        states.putAll(providers.registrationStates(subscriptionId));
        for (String namespace : PROVIDERS) {
            if (!"Registered".equals(states.get(namespace))) {
                throw new CloudException(400, "ResourceProviderNotRegistered", null,
                        "The resource provider '" + namespace + "' is not registered.");
            }
        }
    }

    private VmSku available(String subscriptionId, String location, String target, String vmSize) {
        VmSku sku = skus.virtualMachineSku(subscriptionId, location, vmSize).orElseThrow(() -> new CloudException(
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
