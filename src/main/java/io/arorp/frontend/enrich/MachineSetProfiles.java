package io.arorp.frontend.enrich;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.arorp.api.EncryptionAtHost;
import io.arorp.api.Secret;
import io.arorp.api.WorkerProfile;
import io.arorp.env.ClusterClients;
import io.kubernetes.client.openapi.ApiClient;
import io.kubernetes.client.util.generic.KubernetesApiResponse;
import io.kubernetes.client.util.generic.dynamic.DynamicKubernetesApi;
import io.kubernetes.client.util.generic.dynamic.DynamicKubernetesListObject;
import io.kubernetes.client.util.generic.dynamic.DynamicKubernetesObject;
import java.util.Comparator;
import java.util.List;

/**
 * The worker profiles a cluster really runs, read from its MachineSets (the customer may have scaled, added or
 * removed them since the create): one profile per MachineSet, named after it, with its replicas as count and its
 * Azure provider spec's size, disk, subnet and encryption, sorted by name like the original.
 */
final class MachineSetProfiles {
    static final String NAMESPACE = "openshift-machine-api";

    private MachineSetProfiles() {
    }

    /** Lists the cluster's MachineSets with the RP's kubeconfig for it and turns them into profiles. */
    static List<WorkerProfile> read(ClusterClients clients, Secret kubeconfig, String subscriptionId) {
        ApiClient client = clients.client(kubeconfig);
        KubernetesApiResponse<DynamicKubernetesListObject> response = new DynamicKubernetesApi(
                "machine.openshift.io", "v1beta1", "machinesets", client).list(NAMESPACE);
        if (!response.isSuccess()) {
            throw new IllegalStateException("listing MachineSets answered " + response.getHttpStatusCode());
        }
        return of(subscriptionId, response.getObject().getItems().stream()
                .map(DynamicKubernetesObject::getRaw).toList());
    }

    static List<WorkerProfile> of(String subscriptionId, List<JsonObject> machineSets) {
        return machineSets.stream().map(m -> profile(subscriptionId, m))
                .sorted(Comparator.comparing(WorkerProfile::getName)).toList();
    }

    private static WorkerProfile profile(String subscriptionId, JsonObject machineSet) {
        WorkerProfile profile = new WorkerProfile();
        profile.setName(text(at(machineSet, "metadata"), "name"));
        JsonObject spec = at(machineSet, "spec");
        profile.setCount(spec.has("replicas") ? spec.get("replicas").getAsInt() : 0);
        JsonObject provider = at(at(at(at(spec, "template"), "spec"), "providerSpec"), "value");
        if (provider.size() == 0) {
            return profile;
        }
        profile.setVmSize(text(provider, "vmSize"));
        JsonObject osDisk = at(provider, "osDisk");
        if (osDisk.has("diskSizeGB")) {
            profile.setDiskSizeGB(osDisk.get("diskSizeGB").getAsInt());
        }
        String des = text(at(at(osDisk, "managedDisk"), "diskEncryptionSet"), "id");
        profile.setDiskEncryptionSetId(des);
        JsonElement eah = at(provider, "securityProfile").get("encryptionAtHost");
        profile.setEncryptionAtHost(eah != null && eah.isJsonPrimitive() && eah.getAsBoolean()
                ? EncryptionAtHost.ENABLED : EncryptionAtHost.DISABLED);
        profile.setSubnetId("/subscriptions/" + subscriptionId + "/resourceGroups/"
                + text(provider, "networkResourceGroup") + "/providers/Microsoft.Network/virtualNetworks/"
                + text(provider, "vnet") + "/subnets/" + text(provider, "subnet"));
        return profile;
    }

    private static JsonObject at(JsonObject parent, String field) {
        JsonElement child = parent.get(field);
        return child != null && child.isJsonObject() ? child.getAsJsonObject() : new JsonObject();
    }

    private static String text(JsonObject parent, String field) {
        JsonElement value = parent.get(field);
        return value != null && value.isJsonPrimitive() ? value.getAsString() : null;
    }
}
