package io.arorp.cluster;

import io.arorp.api.ClusterProfile;
import io.arorp.database.OpenShiftClusterDocument;
import java.util.Locale;

/**
 * The names the original RP derives for a cluster's Azure resources (appendix B3), in one place so install and
 * delete agree on them.
 */
public record ClusterNames(OpenShiftClusterDocument doc, ClusterEnv.Settings settings) {

    public String clusterId() {
        return doc.getOpenShiftCluster().getId();
    }

    public String resourceGroupId() {
        return doc.getOpenShiftCluster().getProperties().getClusterProfile().getResourceGroupId();
    }

    public String infraId() {
        return doc.getOpenShiftCluster().getProperties().getInfraId();
    }

    /** The cluster's full domain: a domain without dots is a prefix in the RP's managed zone. */
    public String domain() {
        ClusterProfile profile = doc.getOpenShiftCluster().getProperties().getClusterProfile();
        String domain = profile.getDomain().toLowerCase(Locale.ROOT);
        return domain.contains(".") ? domain : domain + "." + settings.managedDomain();
    }

    public boolean managedDomain() {
        return domain().endsWith("." + settings.managedDomain());
    }

    /** The record name of the cluster inside the RP zone ({@code api.<prefix>} → prefix). */
    public String prefix() {
        return domain().substring(0, domain().length() - settings.managedDomain().length() - 1);
    }

    public String storageAccountId() {
        return resourceGroupId() + "/providers/Microsoft.Storage/storageAccounts/cluster"
                + doc.getOpenShiftCluster().getProperties().getStorageSuffix();
    }

    public String network(String type, String name) {
        return resourceGroupId() + "/providers/Microsoft.Network/" + type + "/" + name;
    }

    public String nsgId() {
        return network("networkSecurityGroups", infraId() + "-nsg");
    }

    public String vnetOf(String subnetId) {
        return subnetId.substring(0, subnetId.toLowerCase(Locale.ROOT).indexOf("/subnets/"));
    }

    /** Key Vault certificate names: one per cluster document and purpose. */
    public String certificate(String purpose) {
        return doc.getId() + "-" + purpose;
    }
}
