package io.arorp.cluster;

import io.kubernetes.client.openapi.ApiException;
import io.kubernetes.client.openapi.apis.CustomObjectsApi;
import java.util.HashMap;
import java.util.Map;

/** The ARO operator: deployed at the RP's version, and its {@code Cluster} resource kept in step with the document. */
final class OperatorSteps {
    private OperatorSteps() {
    }

    static void deploy(ClusterContext c) {
        c.env().operator().deploy(c.kube(), c.env().settings().operatorVersion());
        c.patch(d -> d.getOpenShiftCluster().getProperties().setOperatorVersion(c.env().settings().operatorVersion()));
    }

    /** syncClusterObject: the operator reads its flags from the Cluster resource; the document is the source. */
    @SuppressWarnings("unchecked")
    static void syncClusterObject(ClusterContext c) throws ApiException {
        CustomObjectsApi api = new CustomObjectsApi(c.kube());
        Map<String, Object> cluster = (Map<String, Object>) api.getClusterCustomObject("aro.openshift.io", "v1alpha1",
                "clusters", "cluster").execute();
        Map<String, Object> spec = (Map<String, Object>) cluster.computeIfAbsent("spec", k -> new HashMap<>());
        Map<String, String> flags = c.properties().getOperatorFlags();
        spec.put("operatorflags", flags == null ? Map.of() : flags);
        api.replaceClusterCustomObject("aro.openshift.io", "v1alpha1", "clusters", "cluster", cluster).execute();
    }
}
