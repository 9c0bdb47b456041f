package io.arorp.frontend.check;

import io.arorp.api.CloudException;
import io.arorp.api.OpenShiftCluster;
import io.arorp.env.cloud.Features;
import io.arorp.env.cloud.Providers;
import io.arorp.env.cloud.Quotas;
import io.arorp.env.cloud.Skus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.TimeoutException;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Runs the {@link CreateChecks} of a create on {@link CallThreads} within {@code aro.frontend.create-checks
 * .timeout}: Azure answering slowly costs the customer a 500 after that time, never a request thread held for as long
 * as Azure takes.
 */
@ApplicationScoped
public class AzureCreateChecks {
    private static final Logger LOG = Logger.getLogger(AzureCreateChecks.class.getName());

    private CallThreads threads;
    private CreateChecks checks;
    private Duration timeout;

    @Inject
    public AzureCreateChecks(Skus skus, Features features, Quotas quotas, Providers providers, CallThreads threads,
            @ConfigProperty(name = "aro.frontend.create-checks.timeout", defaultValue = "PT10S") Duration timeout) {
        this.threads = threads;
        // The checks' independent reads on call threads too (a refused one runs on the thread that asked).
        this.checks = new CreateChecks(skus, features, quotas, providers, r -> threads.executor().execute(r));
        this.timeout = timeout;
    }

    protected AzureCreateChecks() {
    }

    public void run(String subscriptionId, OpenShiftCluster oc) {
        try {
            new Bounded(threads.executor(), timeout).call(() -> {
                checks.run(subscriptionId, oc);
                return null;
            });
        } catch (TimeoutException e) {
            LOG.warning(() -> "create-time checks against Azure for " + oc.getId() + " took longer than " + timeout);
            throw new CloudException(500, "InternalServerError", null, "Internal server error.");
        }
    }
}
