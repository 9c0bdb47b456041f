package io.arorp.env.hive;

import io.arorp.env.installer.HiveAdopter;
import io.kubernetes.client.openapi.ApiClient;
import io.kubernetes.client.openapi.ApiException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Adoption of clusters installed without Hive ({@code aro.hive.adopt}, the original's {@code ARO_ADOPT_BY_HIVE}) into
 * the namespace the Hive install path would have used, so that delete and a later install find the same objects. An
 * object already as wanted is not written again; a ClusterDeployment Hive installed itself is never touched.
 */
public final class HiveAdoption implements HiveAdopter {
    /** Hive's conditions and the status each must have for the cluster to count as ready (the original's list). */
    private static final Map<String, String> READY = Map.of("Provisioned", "True", "SyncSetFailed", "False",
            "ControlPlaneCertificateNotFound", "False", "Unreachable", "False");

    private final HiveObjects hive;
    private final HiveSettings settings;

    public HiveAdoption(ApiClient hive, HiveSettings settings) {
        this.hive = new HiveObjects(hive);
        this.settings = settings;
    }

    @Override
    public String ensureNamespace(String clusterResourceId) {
        String namespace = ClusterDeployments.namespace(clusterResourceId);
        try {
            hive.ensureNamespace(namespace, clusterResourceId);
            return namespace;
        } catch (ApiException e) {
            throw HiveObjects.failure("creating the Hive namespace", e);
        }
    }

    @Override
    public boolean adopt(Adoption a) {
        String ns = a.namespace();
        try {
            Optional<Map<String, Object>> current = hive.clusterDeployment(ns);
            if (current.isPresent() && HiveStatus.spec(current.get()).containsKey("provisioning")) {
                return false;
            }
            hive.applySecret(ns, ClusterDeployments.SERVICE_KUBECONFIG, "Opaque",
                    Map.of("kubeconfig", a.kubeconfig().reveal()));
            hive.applyClusterSecrets(ns, a.pullSecret(), a.servicePrincipal(), a.boundServiceAccountSigningKey());
            Map<String, Object> wanted = ClusterDeployments.adoptedClusterDeployment(a, settings);
            if (current.isEmpty()) {
                hive.createClusterDeployment(ns, wanted);
            } else if (!holds(current.get(), wanted)) {
                hive.replaceClusterDeployment(ns, overlay(current.get(), wanted));
            }
            return true;
        } catch (ApiException e) {
            throw HiveObjects.failure("adopting the cluster into Hive", e);
        }
    }

    @Override
    public boolean clusterDeploymentReady(String namespace) {
        try {
            Object conditions = hive.clusterDeployment(namespace).map(cd -> HiveStatus.map(cd.get("status"))
                    .get("conditions")).orElse(null);
            if (!(conditions instanceof List<?> list) || list.isEmpty()) {
                return false;
            }
            return list.stream().map(HiveStatus::map).allMatch(c -> {
                String want = READY.get(String.valueOf(c.get("type")));
                return want == null || want.equals(c.get("status"));
            });
        } catch (ApiException e) {
            throw HiveObjects.failure("reading the ClusterDeployment", e);
        }
    }

    @Override
    public void resetCorrelationData(String namespace) {
        try {
            Optional<Map<String, Object>> cd = hive.clusterDeployment(namespace);
            String fields = cd.map(ClusterDeployments::withoutCorrelation).orElse(null);
            if (fields != null) {
                hive.replaceClusterDeployment(namespace, overlay(cd.get(), Map.of("metadata", Map.of("annotations",
                        Map.of(ClusterDeployments.LOG_FIELDS_ANNOTATION, fields)))));
            }
        } catch (ApiException e) {
            throw HiveObjects.failure("resetting the ClusterDeployment's correlation data", e);
        }
    }

    @Override
    public void delete(String namespace) {
        try {
            hive.deleteNamespace(namespace);
        } catch (ApiException e) {
            throw HiveObjects.failure("deleting the Hive namespace", e);
        }
    }

    /** Whether every field of {@code wanted} (maps compared key by key) has its value in {@code current}. */
    private static boolean holds(Object current, Object wanted) {
        if (wanted instanceof Map<?, ?> w) {
            return current instanceof Map<?, ?> c && w.entrySet().stream()
                    .allMatch(e -> holds(c.get(e.getKey()), e.getValue()));
        }
        return Objects.equals(current, wanted);
    }

    /** {@code current} with {@code wanted}'s fields laid over it: what Hive added (status, finalizers) stays. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> overlay(Map<String, Object> current, Map<String, Object> wanted) {
        Map<String, Object> merged = new LinkedHashMap<>(current);
        wanted.forEach((k, v) -> merged.merge(k, v, (old, now) -> old instanceof Map<?, ?> o && now instanceof Map<?, ?> n
                ? overlay((Map<String, Object>) o, (Map<String, Object>) n) : now));
        return merged;
    }
}
