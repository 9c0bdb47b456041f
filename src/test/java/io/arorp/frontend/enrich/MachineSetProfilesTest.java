package io.arorp.frontend.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.arorp.api.EncryptionAtHost;
import io.arorp.api.OpenShiftClusterProperties;
import io.arorp.api.ProvisioningState;
import io.arorp.api.WorkerProfile;
import java.util.List;
import org.junit.jupiter.api.Test;

/** workerProfilesStatus from MachineSets as the machine API stores them. */
class MachineSetProfilesTest {
    private static final String SUBSCRIPTION = "11111111-2222-3333-4444-555555555555";

    @Test
    void oneProfilePerMachineSetSortedByNameWithItsProviderSpec() {
        List<WorkerProfile> profiles = MachineSetProfiles.of(SUBSCRIPTION, List.of(
                machineSet("c1-abcde-worker-eastus2", 1, true, "/subscriptions/x/des/1"),
                machineSet("c1-abcde-worker-eastus1", 2, false, null)));
        assertEquals(2, profiles.size());
        WorkerProfile first = profiles.get(0);
        assertEquals("c1-abcde-worker-eastus1", first.getName());
        assertEquals(2, first.getCount());
        assertEquals("Standard_D4s_v3", first.getVmSize());
        assertEquals(128, first.getDiskSizeGB());
        assertEquals(EncryptionAtHost.DISABLED, first.getEncryptionAtHost());
        assertEquals("/subscriptions/" + SUBSCRIPTION + "/resourceGroups/vnet-rg/providers/Microsoft.Network/"
                + "virtualNetworks/vnet/subnets/worker", first.getSubnetId());
        assertNull(first.getDiskEncryptionSetId());
        WorkerProfile second = profiles.get(1);
        assertEquals(EncryptionAtHost.ENABLED, second.getEncryptionAtHost());
        assertEquals("/subscriptions/x/des/1", second.getDiskEncryptionSetId());
    }

    @Test
    void aMachineSetWithoutProviderSpecGivesNameAndCountOnly() {
        JsonObject bare = JsonParser.parseString("{\"metadata\":{\"name\":\"infra\"},\"spec\":{\"replicas\":0}}")
                .getAsJsonObject();
        WorkerProfile profile = MachineSetProfiles.of(SUBSCRIPTION, List.of(bare)).get(0);
        assertEquals("infra", profile.getName());
        assertEquals(0, profile.getCount());
        assertNull(profile.getVmSize());
    }

    @Test
    void clustersBeingBuiltOrRemovedAreNotAsked() {
        assertTrue(WorkerProfilesEnricher.enrichable(props(ProvisioningState.SUCCEEDED, null)));
        assertTrue(WorkerProfilesEnricher.enrichable(props(ProvisioningState.FAILED, ProvisioningState.UPDATING)));
        assertFalse(WorkerProfilesEnricher.enrichable(props(ProvisioningState.CREATING, null)));
        assertFalse(WorkerProfilesEnricher.enrichable(props(ProvisioningState.DELETING, null)));
        assertFalse(WorkerProfilesEnricher.enrichable(props(ProvisioningState.FAILED, ProvisioningState.CREATING)));
        assertFalse(WorkerProfilesEnricher.enrichable(props(ProvisioningState.FAILED, ProvisioningState.DELETING)));
    }

    private static OpenShiftClusterProperties props(ProvisioningState state, ProvisioningState failed) {
        OpenShiftClusterProperties p = new OpenShiftClusterProperties();
        p.setProvisioningState(state);
        p.setFailedProvisioningState(failed);
        return p;
    }

    private static JsonObject machineSet(String name, int replicas, boolean encryptionAtHost, String des) {
        String managedDisk = des == null ? "{\"storageAccountType\":\"Premium_LRS\"}"
                : "{\"storageAccountType\":\"Premium_LRS\",\"diskEncryptionSet\":{\"id\":\"" + des + "\"}}";
        return JsonParser.parseString("""
                {"apiVersion":"machine.openshift.io/v1beta1","kind":"MachineSet",
                 "metadata":{"name":"%s","namespace":"openshift-machine-api"},
                 "spec":{"replicas":%d,"template":{"spec":{"providerSpec":{"value":{
                   "kind":"AzureMachineProviderSpec","vmSize":"Standard_D4s_v3","location":"eastus",
                   "networkResourceGroup":"vnet-rg","vnet":"vnet","subnet":"worker",
                   "osDisk":{"diskSizeGB":128,"osType":"Linux","managedDisk":%s},
                   "securityProfile":{"encryptionAtHost":%s}}}}}}}
                """.formatted(name, replicas, managedDisk, encryptionAtHost)).getAsJsonObject();
    }
}
