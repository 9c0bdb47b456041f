package io.arorp.cluster;

import io.arorp.api.NetworkProfile;
import io.arorp.api.SoftwareDefinedNetwork;
import io.kubernetes.client.openapi.ApiException;
import io.kubernetes.client.openapi.apis.CustomObjectsApi;
import java.util.Arrays;
import java.util.Map;

/**
 * reconcileSoftwareDefinedNetwork: the document records the network plug-in the cluster actually runs (its
 * {@code Network} config), so a cluster migrated from OpenShiftSDN to OVN-Kubernetes is shown as such. A plug-in the
 * API model does not know leaves the document as it is.
 */
final class NetworkTypeSteps {
    private NetworkTypeSteps() {
    }

    @SuppressWarnings("unchecked")
    static void reconcileSoftwareDefinedNetwork(ClusterContext c) throws ApiException {
        Map<String, Object> network;
        try {
            network = (Map<String, Object>) new CustomObjectsApi(c.kube()).getClusterCustomObject(KubeSteps.CONFIG,
                    "v1", "networks", "cluster").execute();
        } catch (ApiException e) {
            if (e.getCode() == 404) {
                return;
            }
            throw e;
        }
        Object type = ((Map<String, Object>) network.getOrDefault("status", Map.of())).get("networkType");
        if (type == null) {
            type = ((Map<String, Object>) network.getOrDefault("spec", Map.of())).get("networkType");
        }
        String running = String.valueOf(type);
        SoftwareDefinedNetwork sdn = Arrays.stream(SoftwareDefinedNetwork.values())
                .filter(v -> v.value().equals(running)).findFirst().orElse(null);
        NetworkProfile profile = c.properties().getNetworkProfile();
        if (sdn == null || profile == null || profile.getSoftwareDefinedNetwork() == sdn) {
            return;
        }
        c.patch(d -> d.getOpenShiftCluster().getProperties().getNetworkProfile().setSoftwareDefinedNetwork(sdn));
    }
}
