package io.arorp.env.kube;

import io.arorp.api.Secret;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * The part of a kubeconfig the RP uses: the current context's server, CA and one credential (a client certificate or a
 * bearer token), all inline. The RP only ever handles kubeconfigs it generated itself, so anything that would make a
 * client read files, run commands or skip TLS verification is refused rather than honoured.
 *
 * @param clusterName name of the cluster entry (and of the context and user when written)
 * @param server API server URL; always {@code https://}
 * @param certificateAuthorityPem PEM bundle the server certificate must chain to; {@code null} means the JVM's roots
 * @param clientCertificatePem PEM client certificate (chain), or {@code null} when a token is used
 * @param clientKey PEM private key of the client certificate
 * @param token bearer token, or {@code null} when a client certificate is used
 */
public record Kubeconfig(String clusterName, String server, String certificateAuthorityPem,
                         String clientCertificatePem, Secret clientKey, Secret token) {
    private static final List<String> REFUSED_CLUSTER_FIELDS = List.of("certificate-authority", "insecure-skip-tls-verify");
    private static final List<String> REFUSED_USER_FIELDS = List.of(
            "exec", "auth-provider", "client-certificate", "client-key", "tokenFile", "username", "password");

    public Kubeconfig {
        Objects.requireNonNull(clusterName, "clusterName");
        Objects.requireNonNull(server, "server");
        if (!server.startsWith("https://")) {
            throw new IllegalArgumentException("kubeconfig server must be an https:// URL, got " + server);
        }
        boolean certificate = clientCertificatePem != null && clientKey != null;
        if (certificate == (token != null)) {
            throw new IllegalArgumentException("kubeconfig user needs exactly one of client certificate + key or token");
        }
    }

    /** A kubeconfig that authenticates with a client certificate. */
    public static Kubeconfig withClientCertificate(String clusterName, String server, String caPem,
                                                   String certificatePem, Secret keyPem) {
        return new Kubeconfig(clusterName, server, caPem, certificatePem, keyPem, null);
    }

    /** Reads the current context of a kubeconfig (YAML or JSON). */
    public static Kubeconfig parse(byte[] yaml) {
        Map<String, Object> root;
        try {
            root = asMap(new Yaml(new SafeConstructor(new LoaderOptions())).load(new String(yaml, StandardCharsets.UTF_8)), "kubeconfig");
        } catch (YAMLException e) {
            throw new IllegalArgumentException("kubeconfig is not valid YAML: " + e.getMessage(), e);
        }
        String contextName = string(root, "current-context", true);
        Map<String, Object> context = named(root, "contexts", contextName, "context");
        String clusterName = string(context, "cluster", true);
        Map<String, Object> cluster = named(root, "clusters", clusterName, "cluster");
        Map<String, Object> user = named(root, "users", string(context, "user", true), "user");
        refuse(cluster, REFUSED_CLUSTER_FIELDS, "cluster");
        refuse(user, REFUSED_USER_FIELDS, "user");
        String token = string(user, "token", false);
        return new Kubeconfig(clusterName, string(cluster, "server", true), base64(cluster, "certificate-authority-data"),
                base64(user, "client-certificate-data"), Secret.of(base64(user, "client-key-data")), Secret.of(token));
    }

    /** The kubeconfig as YAML, one cluster, user and context, all named after the cluster. */
    public Secret toYaml() {
        Map<String, Object> cluster = new LinkedHashMap<>();
        cluster.put("server", server);
        if (certificateAuthorityPem != null) {
            cluster.put("certificate-authority-data", encode(certificateAuthorityPem));
        }
        Map<String, Object> user = new LinkedHashMap<>();
        if (token != null) {
            user.put("token", token.reveal());
        } else {
            user.put("client-certificate-data", encode(clientCertificatePem));
            user.put("client-key-data", encode(clientKey.reveal()));
        }
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("apiVersion", "v1");
        root.put("kind", "Config");
        root.put("clusters", List.of(Map.of("name", clusterName, "cluster", cluster)));
        root.put("users", List.of(Map.of("name", clusterName, "user", user)));
        root.put("contexts", List.of(Map.of("name", clusterName, "context", Map.of("cluster", clusterName, "user", clusterName))));
        root.put("current-context", clusterName);
        root.put("preferences", Map.of());
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        return Secret.of(new Yaml(options).dump(root));
    }

    @Override
    public String toString() {
        // the record default would print the key and token; Secret hides them, but say so explicitly
        return "Kubeconfig[" + clusterName + " " + server + (token != null ? " token" : " client certificate") + "]";
    }

    private static Map<String, Object> named(Map<String, Object> root, String list, String name, String field) {
        Object entries = root.get(list);
        if (entries instanceof List<?> items) {
            for (Object item : items) {
                Map<String, Object> entry = asMap(item, list);
                if (name.equals(entry.get("name"))) {
                    return asMap(entry.get(field), list + "[" + name + "]." + field);
                }
            }
        }
        throw new IllegalArgumentException("kubeconfig has no " + list + " entry named '" + name + "'");
    }

    private static void refuse(Map<String, Object> section, List<String> refused, String what) {
        for (String field : refused) {
            if (section.containsKey(field)) {
                throw new IllegalArgumentException("kubeconfig " + what + "." + field + " is not accepted by the RP");
            }
        }
    }

    private static String string(Map<String, Object> map, String key, boolean required) {
        Object value = map.get(key);
        if (value instanceof String s && !s.isEmpty()) {
            return s;
        }
        if (required || value != null) {
            throw new IllegalArgumentException("kubeconfig field '" + key + "' must be a non-empty string");
        }
        return null;
    }

    private static String base64(Map<String, Object> map, String key) {
        String value = string(map, key, false);
        try {
            return value == null ? null : new String(Base64.getMimeDecoder().decode(value), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("kubeconfig field '" + key + "' is not base64", e);
        }
    }

    private static String encode(String pem) {
        return Base64.getEncoder().encodeToString(pem.getBytes(StandardCharsets.UTF_8));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Object value, String what) {
        if (value instanceof Map<?, ?> map) {
            return (Map<String, Object>) map;
        }
        throw new IllegalArgumentException("kubeconfig " + what + " must be a mapping");
    }
}
