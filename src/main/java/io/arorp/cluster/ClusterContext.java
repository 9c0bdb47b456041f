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
import io.arorp.database.Triggers;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

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
    private final Duration progressInterval;
    /** The latest step not yet on the document; the heartbeat writes it (see {@link #takeUnwrittenProgress}). */
    private final AtomicReference<BackendProgress> unwritten = new AtomicReference<>();
    private long lastProgressWrite = Long.MIN_VALUE;
    private OpenShiftClusterDocument doc;
    private ApiClient kube;
    private java.util.Map<String, io.arorp.env.cloud.ManagedIdentities.Identity> platformIdentities;

    /** A context that records every step on the document before it runs. */
    public ClusterContext(OpenShiftClusters clusters, OpenShiftClusterDocument doc, SubscriptionDocument subscription,
            ClusterEnv env, JobControl control) {
        this(clusters, doc, subscription, env, control, Duration.ZERO);
    }

    /**
     * @param progressInterval steps starting sooner than this after the last progress write are not written at once
     *                         (the heartbeat writes the latest); zero writes every step
     */
    public ClusterContext(OpenShiftClusters clusters, OpenShiftClusterDocument doc, SubscriptionDocument subscription,
            ClusterEnv env, JobControl control, Duration progressInterval) {
        this.progressInterval = progressInterval;
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

    /**
     * The safe point before a step: stop if told to, then record the step. The write proves the lease is still ours;
     * a step starting within the progress interval of the last write skips it while the lease, as last written, has
     * more than half its length to run (no other worker can hold it before it expires) and leaves the record to the
     * heartbeat. A zero-latency install runs about sixty steps in a second or two: a write for each was most of the
     * document store's load with many clusters queued.
     */
    void enter(String operation, String step) {
        control.safePoint();
        OffsetDateTime now = OffsetDateTime.now(env.clock()).withOffsetSameInstant(ZoneOffset.UTC);
        BackendProgress progress = new BackendProgress(operation, step, now, leaseOwner);
        long nowMillis = env.clock().millis();
        boolean leaseLongEnough = doc.getLeaseExpires() * 1000 - nowMillis > Triggers.LEASE_SECONDS * 1000 / 2;
        if (leaseLongEnough && lastProgressWrite != Long.MIN_VALUE
                && nowMillis - lastProgressWrite < progressInterval.toMillis()) {
            unwritten.set(progress);
            return;
        }
        unwritten.set(null);
        patch(d -> d.setBackendProgress(progress));
        lastProgressWrite = nowMillis;
    }

    /** Writes the latest step if the job left it to the heartbeat (at the end of an operation). */
    void writeUnwrittenProgress() {
        BackendProgress progress = unwritten.getAndSet(null);
        if (progress != null) {
            patch(d -> d.setBackendProgress(progress));
            lastProgressWrite = env.clock().millis();
        }
    }

    /** The latest step the job has not written itself, once (null: none); for the heartbeat's write. */
    public BackendProgress takeUnwrittenProgress() {
        return unwritten.getAndSet(null);
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
