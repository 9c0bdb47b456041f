package io.arorp.frontend.enrich;

import io.arorp.api.OpenShiftCluster;
import io.arorp.api.OpenShiftClusterProperties;
import io.arorp.api.ProvisioningState;
import io.arorp.api.Secret;
import io.arorp.database.Keys;
import io.arorp.env.ClusterClients;
import io.arorp.frontend.check.Bounded;
import io.arorp.frontend.check.CallThreads;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Adds {@code workerProfilesStatus} to a GET from the cluster's MachineSets. The one cluster call allowed on a GET's
 * request thread, so it runs on {@link CallThreads} within {@code aro.frontend.enrich.timeout}; a cluster that does
 * not answer in time (or at all) leaves the status out, as in the original, and never fails the GET.
 */
@ApplicationScoped
public class WorkerProfilesEnricher {
    private static final Logger LOG = Logger.getLogger(WorkerProfilesEnricher.class.getName());
    /** Clusters whose client a GET reuses; beyond that the least recently asked one is rebuilt when asked again. */
    private static final int CLIENTS = 256;

    private CallThreads threads;
    private ClusterClients clients;
    private Duration timeout;

    @Inject
    public WorkerProfilesEnricher(ClusterClients clients, CallThreads threads,
            @ConfigProperty(name = "aro.frontend.enrich.timeout", defaultValue = "PT10S") Duration timeout) {
        this.threads = threads;
        this.clients = new ClientCache(clients, CLIENTS);
        this.timeout = timeout;
    }

    protected WorkerProfilesEnricher() {
    }

    /** Sets (or clears, when the cluster cannot tell) the cluster's {@code workerProfilesStatus}. */
    public OpenShiftCluster enrich(OpenShiftCluster oc) {
        OpenShiftClusterProperties p = oc.getProperties();
        p.setWorkerProfilesStatus(null);
        Secret kubeconfig = p.getAroServiceKubeconfig() != null ? p.getAroServiceKubeconfig() : p.getAdminKubeconfig();
        if (!enrichable(p) || kubeconfig == null) {
            return oc;
        }
        String subscriptionId = Keys.subscriptionOf(Keys.lower(oc.getId()));
        try {
            p.setWorkerProfilesStatus(new Bounded(threads.executor(), timeout).call(
                    () -> MachineSetProfiles.read(clients, kubeconfig, subscriptionId)));
        } catch (TimeoutException e) {
            LOG.warning(() -> "no workerProfilesStatus for " + oc.getId() + ": the cluster did not answer in "
                    + timeout);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "no workerProfilesStatus for " + oc.getId() + ": " + e.getMessage());
        }
        return oc;
    }

    /** A cluster being built or removed has no MachineSets worth reading (the original skips it too). */
    static boolean enrichable(OpenShiftClusterProperties p) {
        ProvisioningState state = p.getProvisioningState();
        ProvisioningState failed = p.getFailedProvisioningState();
        return state != ProvisioningState.CREATING && state != ProvisioningState.DELETING
                && !(state == ProvisioningState.FAILED
                        && (failed == ProvisioningState.CREATING || failed == ProvisioningState.DELETING));
    }
}
