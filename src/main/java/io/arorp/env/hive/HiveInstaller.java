package io.arorp.env.hive;

import io.arorp.api.CloudException;
import io.arorp.api.Secret;
import io.arorp.env.installer.ClusterCredentials;
import io.arorp.env.installer.InstallSpec;
import io.arorp.env.installer.Installer;
import io.arorp.env.kube.KubeSecrets;
import io.kubernetes.client.openapi.ApiClient;
import io.kubernetes.client.openapi.ApiException;
import io.kubernetes.client.openapi.apis.CoreV1Api;
import io.kubernetes.client.openapi.apis.CustomObjectsApi;
import io.kubernetes.client.openapi.models.V1Namespace;
import io.kubernetes.client.openapi.models.V1ObjectMeta;
import io.kubernetes.client.openapi.models.V1Secret;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * Installs through Hive, as the original does with {@code ARO_INSTALL_VIA_HIVE}: the cluster's ClusterDeployment and
 * secrets go into a namespace of their own on the management cluster, Hive runs the installer, and the RP waits for
 * {@code spec.installed}, then takes the admin kubeconfig and kubeadmin password from the secrets Hive references.
 * Writes are create-or-replace and reads come first, so a worker resuming after a crash finds the work done.
 */
public final class HiveInstaller implements Installer {
    private final CoreV1Api core;
    private final CustomObjectsApi custom;
    private final HiveSettings settings;
    private final Clock clock;

    public HiveInstaller(ApiClient hive, HiveSettings settings, Clock clock) {
        this.core = new CoreV1Api(hive);
        this.custom = new CustomObjectsApi(hive);
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public ClusterCredentials install(InstallSpec spec) {
        String namespace = ClusterDeployments.namespace(spec.clusterResourceId());
        try {
            ensureNamespace(namespace, spec.clusterResourceId());
            String pullSecret = spec.pullSecret() == null || spec.pullSecret().isEmpty() ? "{\"auths\":{}}"
                    : spec.pullSecret().reveal();
            applySecret(namespace, ClusterDeployments.PULL_SECRET, "kubernetes.io/dockerconfigjson",
                    Map.of(".dockerconfigjson", pullSecret));
            applySecret(namespace, ClusterDeployments.INSTALL_CONFIG, "Opaque",
                    Map.of("install-config.yaml", ClusterDeployments.installConfig(spec)));
            if (spec.servicePrincipal() != null) {
                applySecret(namespace, ClusterDeployments.CLUSTER_SP, "Opaque", Map.of(ClusterDeployments.SP_KEY,
                        ClusterDeployments.servicePrincipalJson(spec.servicePrincipal())));
            }
            if (spec.workloadIdentity() != null) {
                applySecret(namespace, ClusterDeployments.BOUND_SA_KEY, "Opaque", Map.of(
                        ClusterDeployments.BOUND_SA_KEY_FILE,
                        spec.workloadIdentity().boundServiceAccountSigningKey().reveal()));
                applySecret(namespace, ClusterDeployments.MANIFESTS, "Opaque",
                        ClusterDeployments.manifests(spec.workloadIdentity()));
            }
            if (clusterDeployment(namespace).isEmpty()) {
                custom.createNamespacedCustomObject(ClusterDeployments.GROUP, ClusterDeployments.VERSION, namespace,
                        ClusterDeployments.PLURAL, ClusterDeployments.clusterDeployment(spec, settings)).execute();
            }
            Map<String, Object> installed = awaitInstalled(namespace);
            Secret kubeconfig = secretValue(namespace, ref(installed, "adminKubeconfigSecretRef"), "kubeconfig");
            Secret password = secretValue(namespace, ref(installed, "adminPasswordSecretRef"), "password");
            return new ClusterCredentials(kubeconfig, password, kubeconfig);
        } catch (ApiException e) {
            throw failure("installing through Hive", e);
        }
    }

    @Override
    public Secret newUserAdminKubeconfig(String clusterResourceId) {
        String namespace = ClusterDeployments.namespace(clusterResourceId);
        try {
            Map<String, Object> cd = clusterDeployment(namespace).orElseThrow(() -> new CloudException(500,
                    "InternalServerError", null, "Internal server error."));
            return secretValue(namespace, ref(cd, "adminKubeconfigSecretRef"), "kubeconfig");
        } catch (ApiException e) {
            throw failure("reading the admin kubeconfig from Hive", e);
        }
    }

    /**
     * Hive hands out only the admin kubeconfig it got from the installer; the admin kubeconfig signer stays in the
     * installer's graph, which this RP does not keep, so no kubeconfig of another user can be signed here.
     */
    @Override
    public Optional<Secret> newSreKubeconfig(String clusterResourceId) {
        return Optional.empty();
    }

    @Override
    public void destroy(String clusterResourceId) {
        String namespace = ClusterDeployments.namespace(clusterResourceId);
        try {
            if (clusterDeployment(namespace).isPresent()) {
                custom.deleteNamespacedCustomObject(ClusterDeployments.GROUP, ClusterDeployments.VERSION, namespace,
                        ClusterDeployments.PLURAL, ClusterDeployments.NAME).execute();
            }
            Instant deadline = clock.instant().plus(settings.deleteTimeout());
            while (clusterDeployment(namespace).isPresent()) {
                if (!clock.instant().isBefore(deadline)) {
                    throw new CloudException(500, "InternalServerError", null, "Hive did not deprovision the "
                            + "cluster within " + settings.deleteTimeout() + ".");
                }
                pause();
            }
            ignoreMissing(() -> core.deleteNamespace(namespace).execute());
        } catch (ApiException e) {
            throw failure("deleting through Hive", e);
        }
    }

    private Map<String, Object> awaitInstalled(String namespace) throws ApiException {
        Instant deadline = clock.instant().plus(settings.installTimeout());
        while (true) {
            Map<String, Object> cd = clusterDeployment(namespace).orElseThrow(() -> new CloudException(500,
                    "InternalServerError", null, "The ClusterDeployment disappeared during the install."));
            if (Boolean.TRUE.equals(HiveStatus.spec(cd).get("installed"))) {
                return cd;
            }
            Optional<String> failed = HiveStatus.failure(cd);
            if (failed.isPresent()) {
                throw new CloudException(500, "DeploymentFailed", null, "Hive could not install the cluster: "
                        + failed.get());
            }
            if (!clock.instant().isBefore(deadline)) {
                throw new CloudException(500, "DeploymentFailed", null, "The cluster was not installed within "
                        + settings.installTimeout() + ".");
            }
            pause();
        }
    }

    private Optional<Map<String, Object>> clusterDeployment(String namespace) throws ApiException {
        try {
            return Optional.of(HiveStatus.asMap(custom.getNamespacedCustomObject(ClusterDeployments.GROUP,
                    ClusterDeployments.VERSION, namespace, ClusterDeployments.PLURAL, ClusterDeployments.NAME)
                    .execute()));
        } catch (ApiException e) {
            if (e.getCode() == 404) {
                return Optional.empty();
            }
            throw e;
        }
    }

    private void ensureNamespace(String namespace, String clusterResourceId) throws ApiException {
        try {
            core.readNamespace(namespace).execute();
        } catch (ApiException e) {
            if (e.getCode() != 404) {
                throw e;
            }
            core.createNamespace(new V1Namespace().apiVersion("v1").kind("Namespace").metadata(new V1ObjectMeta().name(namespace)
                    .annotations(Map.of(ClusterDeployments.CLUSTER_ID_ANNOTATION, clusterResourceId)))).execute();
        }
    }

    private void applySecret(String namespace, String name, String type, Map<String, String> data)
            throws ApiException {
        V1Secret secret = new V1Secret().apiVersion("v1").kind("Secret").metadata(new V1ObjectMeta().name(name).namespace(namespace)).type(type);
        data.forEach((k, v) -> secret.putDataItem(k, v.getBytes(StandardCharsets.UTF_8)));
        KubeSecrets.apply(core, secret);
    }

    private Secret secretValue(String namespace, String name, String key) throws ApiException {
        Map<String, byte[]> data = core.readNamespacedSecret(name, namespace).execute().getData();
        byte[] value = data == null ? null : data.get(key);
        if (value == null) {
            throw new CloudException(500, "InternalServerError", null, "Hive's secret " + namespace + "/" + name
                    + " has no " + key + ".");
        }
        return Secret.ofBytes(value);
    }

    private static String ref(Map<String, Object> cd, String field) {
        Object name = HiveStatus.map(HiveStatus.map(HiveStatus.spec(cd).get("clusterMetadata")).get(field))
                .get("name");
        if (name == null) {
            throw new CloudException(500, "InternalServerError", null, "The installed ClusterDeployment has no "
                    + field + ".");
        }
        return name.toString();
    }

    /** Runs a delete; a 404 means it is gone already. */
    private static void ignoreMissing(Call call) throws ApiException {
        try {
            call.run();
        } catch (ApiException e) {
            if (e.getCode() != 404) {
                throw e;
            }
        }
    }

    private interface Call {
        void run() throws ApiException;
    }

    private static CloudException failure(String what, ApiException e) {
        return new CloudException(500, "InternalServerError", null, what + " failed: " + e.getCode() + " "
                + e.getResponseBody());
    }

    private void pause() {
        try {
            Thread.sleep(settings.pollInterval().toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CloudException(503, "ServiceUnavailable", null, "the install was interrupted");
        }
    }
}
