package io.arorp.cluster;

import io.arorp.api.HiveProfile;
import io.arorp.api.OpenShiftClusterProperties;
import io.arorp.api.Secret;
import io.arorp.database.CorrelationData;
import io.arorp.database.OpenShiftClusterDocument;
import io.arorp.env.installer.HiveAdopter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Hive adoption of a cluster installed without Hive (the original's hiveCreateNamespace, hiveEnsureResources,
 * hiveClusterDeploymentReady, hiveResetCorrelationData and, on delete, hiveDeleteResources), and the document's record
 * of a cluster Hive installed ({@code hiveProfile}: namespace, createdByHive), which keeps such a cluster from being
 * adopted. Every step does nothing when the RP adopts nothing into Hive.
 */
final class HiveSteps {
    private HiveSteps() {
    }

    /** The original's clusterWasCreatedByHive: a namespace recorded and the install done by Hive. */
    static boolean createdByHive(ClusterContext c) {
        HiveProfile hive = c.properties().getHiveProfile();
        return namespace(c).isPresent() && Boolean.TRUE.equals(hive.getCreatedByHive());
    }

    /**
     * Before an installer that installs through Hive starts, the document records where and that Hive installs the
     * cluster (the original sets createdByHive in runHiveInstaller), so a crash mid-install cannot leave a Hive cluster
     * that looks adoptable.
     */
    static void recordInstallByHive(ClusterContext c) {
        Optional<String> namespace = c.env().installer().hiveNamespace(c.cluster().getId());
        if (namespace.isEmpty() || createdByHive(c)) {
            return;
        }
        c.patch(d -> {
            profile(d).setNamespace(namespace.get());
            profile(d).setCreatedByHive(true);
        });
    }

    static void createNamespace(ClusterContext c) {
        Optional<HiveAdopter> hive = c.env().hive();
        if (hive.isEmpty() || namespace(c).isPresent()) {
            return;
        }
        String namespace = hive.get().ensureNamespace(c.cluster().getId());
        c.patch(d -> profile(d).setNamespace(namespace));
    }

    static void ensureResources(ClusterContext c) {
        adopted(c).ifPresent(a -> {
            if (!a.hive().adopt(adoption(c, a.namespace()))) {
                // Hive installed this cluster but the document did not say so: say it now, and leave Hive's objects be
                c.patch(d -> profile(d).setCreatedByHive(true));
            }
        });
    }

    static boolean clusterDeploymentReady(ClusterContext c) {
        return adopted(c).map(a -> a.hive().clusterDeploymentReady(a.namespace())).orElse(true);
    }

    static void resetCorrelationData(ClusterContext c) {
        adopted(c).ifPresent(a -> a.hive().resetCorrelationData(a.namespace()));
    }

    /** On delete: the namespace of an adopted cluster goes (a Hive-installed one is gone with destroyCluster). */
    static void deleteResources(ClusterContext c) {
        adopted(c).ifPresent(a -> a.hive().delete(a.namespace()));
    }

    /** The adopting Hive and the cluster's namespace in it; empty when the RP adopts nothing or none was made. */
    private static Optional<Adopted> adopted(ClusterContext c) {
        return c.env().hive().flatMap(hive -> namespace(c).map(namespace -> new Adopted(hive, namespace)));
    }

    private record Adopted(HiveAdopter hive, String namespace) {
    }

    private static HiveAdopter.Adoption adoption(ClusterContext c, String namespace) {
        OpenShiftClusterProperties p = c.properties();
        // the original hands Hive the RP's service kubeconfig; this RP keeps its admin kubeconfig for that role
        Secret kubeconfig = p.getAroServiceKubeconfig() != null && !p.getAroServiceKubeconfig().isEmpty()
                ? p.getAroServiceKubeconfig() : p.getAdminKubeconfig();
        if (kubeconfig == null || kubeconfig.isEmpty()) {
            throw new IllegalStateException("the cluster has no kubeconfig to hand to Hive");
        }
        Secret signingKey = PlatformIdentities.used(c) ? p.getClusterProfile().getBoundServiceAccountSigningKey()
                : null;
        return new HiveAdopter.Adoption(namespace, c.cluster().getId(), c.cluster().getName(), c.doc().getId(),
                p.getInfraId(), c.names().resourceGroupId(), c.cluster().getLocation(), c.names().domain(),
                p.getNetworkProfile() == null ? null : p.getNetworkProfile().getPrivateEndpointIp(), kubeconfig,
                p.getClusterProfile().getPullSecret(), InstallerSteps.servicePrincipal(c), signingKey,
                correlation(c.doc().getCorrelationData()));
    }

    /** The request's log fields, named as the original's (only those the document holds). */
    private static Map<String, String> correlation(CorrelationData data) {
        Map<String, String> fields = new LinkedHashMap<>();
        if (data != null) {
            putIfSet(fields, "correlation_id", data.getCorrelationId());
            putIfSet(fields, "client_request_id", data.getClientRequestId());
            putIfSet(fields, "request_id", data.getRequestId());
            putIfSet(fields, "client_principal_name", data.getClientPrincipalName());
        }
        return fields;
    }

    private static void putIfSet(Map<String, String> fields, String name, String value) {
        if (value != null && !value.isEmpty()) {
            fields.put(name, value);
        }
    }

    private static Optional<String> namespace(ClusterContext c) {
        HiveProfile hive = c.properties().getHiveProfile();
        return hive == null ? Optional.empty() : Optional.ofNullable(hive.getNamespace()).filter(n -> !n.isEmpty());
    }

    private static HiveProfile profile(OpenShiftClusterDocument d) {
        OpenShiftClusterProperties p = d.getOpenShiftCluster().getProperties();
        if (p.getHiveProfile() == null) {
            p.setHiveProfile(new HiveProfile());
        }
        return p.getHiveProfile();
    }
}
