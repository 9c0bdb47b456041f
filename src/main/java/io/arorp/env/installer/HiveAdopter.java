package io.arorp.env.installer;

import io.arorp.api.Secret;
import java.util.Map;
import java.util.Objects;

/**
 * Registers a cluster the RP installed without Hive with the Hive management cluster, as the original does with
 * {@code ARO_ADOPT_BY_HIVE}: Hive then watches it (reachability, sync sets) but never installs or deprovisions it.
 * Every method is idempotent: it reads first, so a job resumed after a crash finds its work done.
 */
public interface HiveAdopter {
    /** The namespace of the cluster's Hive objects, created if missing. */
    String ensureNamespace(String clusterResourceId);

    /**
     * Writes the ClusterDeployment of the installed cluster and the secrets it names, unless they are already so.
     *
     * @return false when the namespace holds a ClusterDeployment Hive installed itself, which is left untouched
     */
    boolean adopt(Adoption adoption);

    /** Whether Hive reports the ClusterDeployment provisioned and the cluster reachable. */
    boolean clusterDeploymentReady(String namespace);

    /** Removes the request's correlation fields from the ClusterDeployment's log fields, if present. */
    void resetCorrelationData(String namespace);

    /** Removes the cluster's namespace and everything in it; a no-op when it is gone. */
    void delete(String namespace);

    /**
     * What Hive is told about an installed cluster, taken from its document by the adoption step.
     *
     * @param clusterId          the document id: Hive's {@code clusterMetadata.clusterID}
     * @param domain             full cluster domain; Hive reaches the API at {@code api-int.<domain>:6443}
     * @param apiServerIp        the RP's private endpoint to the API server, or null
     * @param kubeconfig         the RP's own admin kubeconfig of the cluster, for Hive to reach it with
     * @param servicePrincipal   the cluster service principal, or null (workload identity)
     * @param boundServiceAccountSigningKey a workload-identity cluster's token signing key, or null
     * @param correlation        the request's log fields (correlation_id, request_id, ...), reset after adoption
     */
    record Adoption(String namespace, String clusterResourceId, String name, String clusterId, String infraId,
            String clusterResourceGroupId, String location, String domain, String apiServerIp, Secret kubeconfig,
            Secret pullSecret, InstallSpec.ServicePrincipal servicePrincipal, Secret boundServiceAccountSigningKey,
            Map<String, String> correlation) {
        public Adoption {
            Objects.requireNonNull(namespace, "namespace");
            Objects.requireNonNull(kubeconfig, "kubeconfig");
            correlation = Map.copyOf(correlation);
        }
    }
}
