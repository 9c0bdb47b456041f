package io.arorp.cluster;

import io.arorp.api.CloudException;
import io.arorp.env.cloud.StorageFirewall;
import io.kubernetes.client.openapi.ApiException;
import io.kubernetes.client.openapi.apis.CustomObjectsApi;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The admin update's storage fixes. populateRegistryStorageAccountName fills in the image registry account of
 * clusters created before the document recorded it, from the registry operator's config (the account it really
 * uses). migrateStorageAccounts then closes both cluster accounts to the internet: default action Deny, admitting the
 * cluster's subnets and the RP's. Rules found on an account are kept: the ARO operator admits the subnets of machine
 * pools added later, and dropping those would cut their nodes off the registry.
 */
final class StorageAccountSteps {
    private StorageAccountSteps() {
    }

    static void populateRegistryStorageAccountName(ClusterContext c) throws ApiException {
        String name = c.properties().getImageRegistryStorageAccountName();
        if (name != null && !name.isEmpty()) {
            return;
        }
        String account = registryAccountInCluster(c);
        c.patch(d -> d.getOpenShiftCluster().getProperties().setImageRegistryStorageAccountName(account));
    }

    static void migrateStorageAccounts(ClusterContext c) {
        if (c.properties().getWorkerProfiles() == null || c.properties().getWorkerProfiles().isEmpty()) {
            // the original skips too: without worker profiles the cluster's subnets are not known
            return;
        }
        String registry = c.properties().getImageRegistryStorageAccountName();
        if (registry == null || registry.isEmpty()) {
            throw new CloudException(500, "InternalServerError", null, "The cluster's image registry storage "
                    + "account name is empty.");
        }
        String accounts = c.names().resourceGroupId() + "/providers/Microsoft.Storage/storageAccounts/";
        for (String account : List.of(c.names().storageAccountId(), accounts + registry)) {
            closeToInternet(c, account);
        }
    }

    private static void closeToInternet(ClusterContext c, String accountId) {
        var storage = c.env().cloud().storage();
        StorageFirewall current = storage.firewall(accountId).orElseThrow(() -> new CloudException(500,
                "InternalServerError", null, "The storage account '" + accountId + "' does not exist."));
        TreeSet<String> known = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        known.addAll(current.allowedSubnetIds());
        List<String> admitted = new ArrayList<>(current.allowedSubnetIds());
        for (String subnet : BaseTemplate.admittedSubnets(c)) {
            if (known.add(subnet)) {
                admitted.add(subnet);
            }
        }
        boolean denies = StorageFirewall.DENY.equals(current.defaultAction());
        if (!denies || admitted.size() != current.allowedSubnetIds().size()) {
            storage.setFirewall(accountId, new StorageFirewall(StorageFirewall.DENY, admitted));
        }
    }

    /** {@code spec.storage.azure.accountName} of the registry operator's {@code Config/cluster}. */
    @SuppressWarnings("unchecked")
    private static String registryAccountInCluster(ClusterContext c) throws ApiException {
        Map<String, Object> config = (Map<String, Object>) new CustomObjectsApi(c.kube()).getClusterCustomObject(
                "imageregistry.operator.openshift.io", "v1", "configs", "cluster").execute();
        Object spec = config.get("spec");
        Object storage = spec instanceof Map<?, ?> m ? m.get("storage") : null;
        Object azure = storage instanceof Map<?, ?> m ? m.get("azure") : null;
        Object name = azure instanceof Map<?, ?> m ? m.get("accountName") : null;
        if (!(name instanceof String account) || account.isEmpty()) {
            throw new CloudException(500, "InternalServerError", null, "The image registry config of the cluster "
                    + "names no Azure storage account.");
        }
        return account;
    }
}
