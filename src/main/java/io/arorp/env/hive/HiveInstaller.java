package io.arorp.env.hive;

import io.arorp.api.CloudException;
import io.arorp.api.Secret;
import io.arorp.env.installer.ClusterCredentials;
import io.arorp.env.installer.InstallSpec;
import io.arorp.env.installer.Installer;
import io.kubernetes.client.openapi.ApiClient;
import io.kubernetes.client.openapi.ApiException;
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
    private final HiveObjects hive;
    private final HiveSettings settings;
    private final Clock clock;

    public HiveInstaller(ApiClient hive, HiveSettings settings, Clock clock) {
        this.hive = new HiveObjects(hive);
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public ClusterCredentials install(InstallSpec spec) {
        String namespace = ClusterDeployments.namespace(spec.clusterResourceId());
        try {
            hive.ensureNamespace(namespace, spec.clusterResourceId());
            hive.applyClusterSecrets(namespace, spec.pullSecret(), spec.servicePrincipal(),
                    spec.workloadIdentity() == null ? null : spec.workloadIdentity().boundServiceAccountSigningKey());
            hive.applySecret(namespace, ClusterDeployments.INSTALL_CONFIG, "Opaque",
                    Map.of("install-config.yaml", ClusterDeployments.installConfig(spec)));
            if (spec.workloadIdentity() != null) {
                hive.applySecret(namespace, ClusterDeployments.MANIFESTS, "Opaque",
                        ClusterDeployments.manifests(spec.workloadIdentity()));
            }
            if (hive.clusterDeployment(namespace).isEmpty()) {
                hive.createClusterDeployment(namespace, ClusterDeployments.clusterDeployment(spec, settings));
            }
            Map<String, Object> installed = awaitInstalled(namespace);
            Secret kubeconfig = hive.secretValue(namespace, ref(installed, "adminKubeconfigSecretRef"), "kubeconfig");
            Secret password = hive.secretValue(namespace, ref(installed, "adminPasswordSecretRef"), "password");
            return new ClusterCredentials(kubeconfig, password, kubeconfig);
        } catch (ApiException e) {
            throw HiveObjects.failure("installing through Hive", e);
        }
    }

    /** Hive installs here: the namespace install and destroy use, which the install step records on the document. */
    @Override
    public Optional<String> hiveNamespace(String clusterResourceId) {
        return Optional.of(ClusterDeployments.namespace(clusterResourceId));
    }

    @Override
    public Secret newUserAdminKubeconfig(String clusterResourceId) {
        String namespace = ClusterDeployments.namespace(clusterResourceId);
        try {
            Map<String, Object> cd = hive.clusterDeployment(namespace).orElseThrow(() -> new CloudException(500,
                    "InternalServerError", null, "Internal server error."));
            return hive.secretValue(namespace, ref(cd, "adminKubeconfigSecretRef"), "kubeconfig");
        } catch (ApiException e) {
            throw HiveObjects.failure("reading the admin kubeconfig from Hive", e);
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
            if (hive.clusterDeployment(namespace).isPresent()) {
                hive.deleteClusterDeployment(namespace);
            }
            Instant deadline = clock.instant().plus(settings.deleteTimeout());
            while (hive.clusterDeployment(namespace).isPresent()) {
                if (!clock.instant().isBefore(deadline)) {
                    throw new CloudException(500, "InternalServerError", null, "Hive did not deprovision the "
                            + "cluster within " + settings.deleteTimeout() + ".");
                }
                pause();
            }
            hive.deleteNamespace(namespace);
        } catch (ApiException e) {
            throw HiveObjects.failure("deleting through Hive", e);
        }
    }

    private Map<String, Object> awaitInstalled(String namespace) throws ApiException {
        Instant deadline = clock.instant().plus(settings.installTimeout());
        while (true) {
            Map<String, Object> cd = hive.clusterDeployment(namespace).orElseThrow(() -> new CloudException(500,
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

    private static String ref(Map<String, Object> cd, String field) {
        Object name = HiveStatus.map(HiveStatus.map(HiveStatus.spec(cd).get("clusterMetadata")).get(field))
                .get("name");
        if (name == null) {
            throw new CloudException(500, "InternalServerError", null, "The installed ClusterDeployment has no "
                    + field + ".");
        }
        return name.toString();
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
