package io.arorp.cluster;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.arorp.env.installer.InstallSpec;
import io.arorp.env.kube.KubeSecrets;
import io.arorp.util.json.Jackson;
import io.kubernetes.client.openapi.ApiException;
import io.kubernetes.client.openapi.apis.CoreV1Api;
import io.kubernetes.client.openapi.models.V1ObjectMeta;
import io.kubernetes.client.openapi.models.V1Secret;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A customer's new service-principal credentials reach the cluster on update, as in the original: the root
 * credentials {@code kube-system/azure-credentials} (from which the cloud credential operator hands them on to each
 * component) and the cloud provider's {@code cloud-config}; then the ARO operator is restarted to use them. A
 * workload-identity cluster has no service principal: nothing to do.
 */
final class ClusterCredentialSteps {
    static final String NAMESPACE = "kube-system";
    static final String ROOT_CREDENTIALS = "azure-credentials";
    static final String CLOUD_PROVIDER = "azure-cloud-provider";
    private static final ObjectMapper MAPPER = Jackson.newMapper();

    private ClusterCredentialSteps() {
    }

    static void updateOpenShiftSecret(ClusterContext c) throws ApiException, IOException {
        InstallSpec.ServicePrincipal sp = InstallerSteps.servicePrincipal(c);
        if (sp == null) {
            return;
        }
        CoreV1Api core = new CoreV1Api(c.kube());
        Map<String, String> data = new LinkedHashMap<>();
        data.put("azure_client_id", sp.clientId());
        data.put("azure_client_secret", sp.clientSecret().reveal());
        data.put("azure_tenant_id", sp.tenantId());
        data.put("azure_subscription_id", sp.subscriptionId());
        data.put("azure_region", c.cluster().getLocation());
        data.put("azure_resourcegroup", c.names().resourceGroupId().substring(
                c.names().resourceGroupId().lastIndexOf('/') + 1));
        data.put("azure_resource_prefix", c.properties().getInfraId());
        V1Secret root = new V1Secret().apiVersion("v1").kind("Secret").type("Opaque")
                .metadata(new V1ObjectMeta().name(ROOT_CREDENTIALS).namespace(NAMESPACE));
        data.forEach((k, v) -> root.putDataItem(k, (v == null ? "" : v).getBytes(StandardCharsets.UTF_8)));
        KubeSecrets.apply(core, root);
        V1Secret cloudProvider = KubeSecrets.read(core, NAMESPACE, CLOUD_PROVIDER);
        if (cloudProvider != null && cloudProvider.getData() != null
                && cloudProvider.getData().containsKey("cloud-config")) {
            ObjectNode config = (ObjectNode) MAPPER.readTree(cloudProvider.getData().get("cloud-config"));
            config.put("aadClientId", sp.clientId()).put("aadClientSecret", sp.clientSecret().reveal());
            cloudProvider.putDataItem("cloud-config", MAPPER.writeValueAsBytes(config));
            core.replaceNamespacedSecret(CLOUD_PROVIDER, NAMESPACE, cloudProvider).execute();
        }
    }

    static void restartAroOperatorMaster(ClusterContext c) {
        if (InstallerSteps.servicePrincipal(c) != null) {
            c.env().operator().restartMaster(c.kube(), c.env().clock().instant());
        }
    }
}
