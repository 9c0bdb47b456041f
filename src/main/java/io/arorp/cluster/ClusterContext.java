package io.arorp.cluster;

import io.arorp.api.OpenShiftCluster;
import io.arorp.api.OpenShiftClusterProperties;
import io.arorp.database.BackendProgress;
import io.arorp.database.LostLeaseException;
import io.arorp.database.Mutation;
import io.arorp.database.OpenShiftClusterDocument;
import io.arorp.database.OpenShiftClusters;
import io.arorp.database.SubscriptionDocument;
import io.kubernetes.client.openapi.ApiClient;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * One job's view of its cluster: the latest document (every write goes through the lease, so a worker that lost the
 * document can change nothing), the subscription, the environment, and a Kubernetes client made on first use from
 * the stored admin kubeconfig.
 */
public final class ClusterContext {
    private final OpenShiftClusters clusters;
    private final ClusterEnv env;
    private final JobControl control;
    private final SubscriptionDocument subscription;
    private final String leaseOwner;
    private OpenShiftClusterDocument doc;
    private ApiClient kube;
    private java.util.Map<String, io.arorp.env.cloud.ManagedIdentities.Identity> platformIdentities;

    public ClusterContext(OpenShiftClusters clusters, OpenShiftClusterDocument doc, SubscriptionDocument subscription,
            ClusterEnv env, JobControl control) {
        this.clusters = clusters;
        this.doc = doc;
        this.subscription = subscription;
        this.env = env;
        this.control = control;
        this.leaseOwner = doc.getLeaseOwner();
    }

    public OpenShiftClusterDocument doc() {
        return doc;
    }

    public OpenShiftCluster cluster() {
        return doc.getOpenShiftCluster();
    }

    public OpenShiftClusterProperties properties() {
        return doc.getOpenShiftCluster().getProperties();
    }

    public SubscriptionDocument subscription() {
        return subscription;
    }

    public ClusterEnv env() {
        return env;
    }

    public ClusterNames names() {
        return new ClusterNames(doc, env.settings());
    }

    /** Writes through the lease and keeps the result as the current document. */
    public OpenShiftClusterDocument patch(Mutation<OpenShiftClusterDocument> mutation) {
        try {
            doc = clusters.patchWithLease(doc.getKey(), mutation);
            return doc;
        } catch (LostLeaseException e) {
            throw new JobStoppedException(e.getMessage(), true);
        }
    }

    /** The safe point before a step: stop if told to, then record the step (which proves the lease is still ours). */
    void enter(String operation, String step) {
        control.safePoint();
        OffsetDateTime now = OffsetDateTime.now(env.clock()).withOffsetSameInstant(ZoneOffset.UTC);
        patch(d -> d.setBackendProgress(new BackendProgress(operation, step, now, leaseOwner)));
    }

    void safePoint() {
        control.safePoint();
    }

    /** The cluster's API, as the RP's own admin (the installer's kubeconfig). */
    public ApiClient kube() {
        if (kube == null) {
            if (properties().getAdminKubeconfig() == null) {
                throw new IllegalStateException("the cluster has no admin kubeconfig yet");
            }
            kube = env.clients().client(properties().getAdminKubeconfig());
        }
        return kube;
    }

    /** The platform workload identities as Azure knows them, once this job resolved them (null before). */
    java.util.Map<String, io.arorp.env.cloud.ManagedIdentities.Identity> platformIdentities() {
        return platformIdentities;
    }

    void platformIdentities(java.util.Map<String, io.arorp.env.cloud.ManagedIdentities.Identity> resolved) {
        this.platformIdentities = java.util.Map.copyOf(resolved);
    }

    /** Forgets the client, e.g. after the kubeconfig changed. */
    public void resetKube() {
        kube = null;
    }
}
