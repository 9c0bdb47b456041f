package io.arorp.testing;

import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/** Request bodies of a valid cluster, as a customer (az aro create) sends them. */
public final class ClusterBodies {
    private ClusterBodies() {
    }

    public static String clusterId(String subscriptionId, String resourceGroup, String name) {
        return "/subscriptions/" + subscriptionId + "/resourceGroups/" + resourceGroup
                + "/providers/Microsoft.RedHatOpenShift/openShiftClusters/" + name;
    }

    /** A 2025-07-25 create body; {@code name} also makes the managed resource group and domain unique. */
    public static String create(String subscriptionId, String name) {
        String vnet = "/subscriptions/" + subscriptionId
                + "/resourceGroups/vnet-rg/providers/Microsoft.Network/virtualNetworks/vnet-" + name;
        return """
                {
                  "location": "eastus",
                  "tags": {"team": "sre"},
                  "properties": {
                    "clusterProfile": {
                      "domain": "%2$s",
                      "pullSecret": "{\\"auths\\":{\\"registry.example.com\\":{\\"auth\\":\\"c2VjcmV0\\"}}}",
                      "resourceGroupId": "/subscriptions/%1$s/resourceGroups/aro-%2$s",
                      "fipsValidatedModules": "Disabled"
                    },
                    "servicePrincipalProfile": {"clientId": "%3$s", "clientSecret": "sp-secret-%2$s"},
                    "networkProfile": {"podCidr": "10.128.0.0/14", "serviceCidr": "172.30.0.0/16"},
                    "masterProfile": {"vmSize": "Standard_D8s_v3", "subnetId": "%4$s/subnets/master"},
                    "workerProfiles": [{"name": "worker", "vmSize": "Standard_D4s_v3", "diskSizeGB": 128,
                                        "subnetId": "%4$s/subnets/worker", "count": 3}],
                    "apiserverProfile": {"visibility": "Public"},
                    "ingressProfiles": [{"name": "default", "visibility": "Public"}]
                  }
                }
                """.formatted(subscriptionId, name, UUID.nameUUIDFromBytes(name.getBytes()), vnet);
    }

    /** The operators of the role sets dev and test seed ({@code aro.openshift.seed-role-set-operators}). */
    public static final List<String> SEEDED_OPERATORS = List.of("aro-operator", "cloud-controller-manager",
            "cloud-network-config", "disk-csi-driver", "file-csi-driver", "image-registry", "ingress", "machine-api");

    /** {@link #create} of a workload-identity cluster: a cluster MSI and one platform identity per operator. */
    public static String createWithWorkloadIdentity(String subscriptionId, String name, List<String> operators) {
        String ids = "/subscriptions/" + subscriptionId
                + "/resourceGroups/ids/providers/Microsoft.ManagedIdentity/userAssignedIdentities/" + name + "-";
        String identities = operators.stream().map(o -> "\"" + o + "\": {\"resourceId\": \"" + ids + o + "\"}")
                .collect(Collectors.joining(", "));
        return create(subscriptionId, name)
                .replaceFirst("\"location\": \"eastus\",", "\"location\": \"eastus\", \"identity\": {\"type\": "
                        + "\"UserAssigned\", \"userAssignedIdentities\": {\"" + ids + "cluster\": {}}},")
                .replaceFirst("\"servicePrincipalProfile\": \\{[^}]*\\}", "\"platformWorkloadIdentityProfile\": "
                        + "{\"platformWorkloadIdentities\": {" + identities.replace("$", "\\$") + "}}");
    }
}
