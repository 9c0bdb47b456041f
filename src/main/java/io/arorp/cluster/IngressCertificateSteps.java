package io.arorp.cluster;

import io.arorp.api.CloudException;
import io.arorp.env.kube.KubeSecrets;
import io.kubernetes.client.openapi.ApiException;
import io.kubernetes.client.openapi.apis.CoreV1Api;
import io.kubernetes.client.openapi.apis.CustomObjectsApi;
import io.kubernetes.client.openapi.models.V1ObjectMeta;
import io.kubernetes.client.openapi.models.V1Secret;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * configureIngressCertificate, as in the original and only for clusters on the RP's managed domain (a custom domain
 * brings its own): the signed ingress certificate from Key Vault becomes the TLS secret
 * {@code openshift-ingress/<docID>-ingress}, and the default IngressController serves it. Nothing is written when the
 * secret and the reference are already right.
 */
final class IngressCertificateSteps {
    static final String INGRESS_NAMESPACE = "openshift-ingress";
    private static final Pattern PEM = Pattern.compile(
            "-----BEGIN ([A-Z ]+)-----[^-]+-----END \\1-----\\s*", Pattern.DOTALL);

    private IngressCertificateSteps() {
    }

    static void configureIngressCertificate(ClusterContext c) throws ApiException {
        if (!c.names().managedDomain()) {
            return;
        }
        String name = c.names().certificate("ingress");
        String bundle = c.env().cloud().keyVault().certificateBundle(name).orElseThrow(() -> new CloudException(500,
                "InternalServerError", null, "The ingress certificate '" + name + "' does not exist.")).reveal();
        StringBuilder key = new StringBuilder();
        StringBuilder chain = new StringBuilder();
        Matcher m = PEM.matcher(bundle);
        while (m.find()) {
            (m.group(1).endsWith("PRIVATE KEY") ? key : chain).append(m.group().strip()).append('\n');
        }
        ensureTlsSecret(new CoreV1Api(c.kube()), name, key.toString(), chain.toString());
        ensureDefaultCertificate(c, name);
    }

    private static void ensureTlsSecret(CoreV1Api core, String name, String key, String chain) throws ApiException {
        byte[] crt = chain.getBytes(StandardCharsets.UTF_8);
        byte[] tlsKey = key.getBytes(StandardCharsets.UTF_8);
        V1Secret current = KubeSecrets.read(core, INGRESS_NAMESPACE, name);
        if (current != null && current.getData() != null && Arrays.equals(crt, current.getData().get("tls.crt"))
                && Arrays.equals(tlsKey, current.getData().get("tls.key"))) {
            return;
        }
        KubeSecrets.apply(core, new V1Secret().apiVersion("v1").kind("Secret").type("kubernetes.io/tls")
                .metadata(new V1ObjectMeta().name(name).namespace(INGRESS_NAMESPACE))
                .putDataItem("tls.crt", crt).putDataItem("tls.key", tlsKey));
    }

    @SuppressWarnings("unchecked")
    private static void ensureDefaultCertificate(ClusterContext c, String name) throws ApiException {
        CustomObjectsApi api = new CustomObjectsApi(c.kube());
        Map<String, Object> ingress = (Map<String, Object>) api.getNamespacedCustomObject(KubeSteps.OPERATOR, "v1",
                "openshift-ingress-operator", "ingresscontrollers", "default").execute();
        Map<String, Object> spec = (Map<String, Object>) ingress.computeIfAbsent("spec", k -> new HashMap<>());
        if (spec.get("defaultCertificate") instanceof Map<?, ?> ref && name.equals(ref.get("name"))) {
            return;
        }
        spec.put("defaultCertificate", Map.of("name", name));
        api.replaceNamespacedCustomObject(KubeSteps.OPERATOR, "v1", "openshift-ingress-operator", "ingresscontrollers",
                "default", ingress).execute();
    }
}
