package io.arorp.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.arorp.env.kube.KubeSecrets;
import io.arorp.util.json.Jackson;
import io.kubernetes.client.openapi.ApiException;
import io.kubernetes.client.openapi.apis.CoreV1Api;
import io.kubernetes.client.openapi.apis.CustomObjectsApi;
import io.kubernetes.client.openapi.models.V1Secret;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * fixMCSUserData: new machines fetch their Ignition config from the machine config server; the user-data secrets the
 * MachineSets and the master Machines name must point at it as {@code api-int.<domain>:22623} (old installs pointed at
 * the internal load balancer's IP, which changes when the balancer is recreated). Only the config sources are
 * rewritten; a secret already right is not written.
 */
final class McsUserDataSteps {
    static final String NAMESPACE = "openshift-machine-api";
    static final int MCS_PORT = 22623;
    private static final ObjectMapper MAPPER = Jackson.newMapper();

    private McsUserDataSteps() {
    }

    static void fixMcsUserData(ClusterContext c) throws ApiException, IOException {
        String host = "api-int." + c.names().domain();
        CoreV1Api core = new CoreV1Api(c.kube());
        for (String name : userDataSecrets(c)) {
            V1Secret secret = KubeSecrets.read(core, NAMESPACE, name);
            byte[] userData = secret == null || secret.getData() == null ? null : secret.getData().get("userData");
            if (userData == null) {
                continue;
            }
            JsonNode ignition = MAPPER.readTree(userData);
            if (pointAt(ignition.path("ignition").path("config"), host)) {
                secret.putDataItem("userData", MAPPER.writeValueAsBytes(ignition));
                core.replaceNamespacedSecret(name, NAMESPACE, secret).execute();
            }
        }
    }

    /** The user-data secrets of every MachineSet and master Machine. */
    @SuppressWarnings("unchecked")
    private static TreeSet<String> userDataSecrets(ClusterContext c) throws ApiException {
        CustomObjectsApi api = new CustomObjectsApi(c.kube());
        TreeSet<String> names = new TreeSet<>();
        Map<String, Object> sets = (Map<String, Object>) api.listNamespacedCustomObject("machine.openshift.io",
                "v1beta1", NAMESPACE, "machinesets").execute();
        for (Object set : (List<Object>) sets.getOrDefault("items", List.of())) {
            add(names, MAPPER.valueToTree(set).path("spec").path("template").path("spec"));
        }
        Map<String, Object> masters = (Map<String, Object>) api.listNamespacedCustomObject("machine.openshift.io",
                "v1beta1", NAMESPACE, "machines").labelSelector("machine.openshift.io/cluster-api-machine-role=master")
                .execute();
        for (Object machine : (List<Object>) masters.getOrDefault("items", List.of())) {
            add(names, MAPPER.valueToTree(machine).path("spec"));
        }
        return names;
    }

    private static void add(TreeSet<String> names, JsonNode machineSpec) {
        String name = machineSpec.path("providerSpec").path("value").path("userDataSecret").path("name").asText("");
        if (!name.isEmpty()) {
            names.add(name);
        }
    }

    /** Rewrites the host of each machine config server source (Ignition 3 merge, 2 append); true if any changed. */
    private static boolean pointAt(JsonNode config, String host) {
        boolean changed = false;
        for (String field : new String[] {"merge", "append"}) {
            for (JsonNode source : config.path(field)) {
                String url = source.path("source").asText("");
                String fixed = withHost(url, host);
                if (!fixed.equals(url)) {
                    ((ObjectNode) source).put("source", fixed);
                    changed = true;
                }
            }
        }
        return changed;
    }

    private static String withHost(String url, String host) {
        try {
            URI uri = new URI(url);
            if (uri.getPort() != MCS_PORT || host.equalsIgnoreCase(uri.getHost())) {
                return url;
            }
            return new URI(uri.getScheme(), uri.getUserInfo(), host, uri.getPort(), uri.getPath(), uri.getQuery(),
                    uri.getFragment()).toString();
        } catch (URISyntaxException e) {
            return url;
        }
    }
}
