package io.arorp.frontend.admin;

import io.arorp.api.CloudException;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Bounds an admin action. Admin actions call Azure and the cluster while the request waits (the original does the
 * same), so a hung call must not hold the request, and a connection, forever: the action runs on Liberty's managed
 * executor and the request gives up after {@code aro.admin.action-timeout}, interrupting the action.
 */
@ApplicationScoped
public class AdminTimeout {
    private Duration timeout;
    private Duration longTimeout;

    /** Liberty's default managed executor (threads with the application's context, stopped with it). */
    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    private ExecutorService executor;

    @Inject
    public AdminTimeout(@ConfigProperty(name = "aro.admin.action-timeout", defaultValue = "PT5M") Duration timeout,
            @ConfigProperty(name = "aro.admin.long-action-timeout", defaultValue = "PT3H") Duration longTimeout) {
        this.timeout = timeout;
        this.longTimeout = longTimeout;
    }

    /** For tests: an executor of the test's own. */
    AdminTimeout(Duration timeout, ExecutorService executor) {
        this.timeout = timeout;
        this.longTimeout = timeout;
        this.executor = executor;
    }

    protected AdminTimeout() {
    }

    public <T> T run(Callable<T> action) {
        return run(action, timeout);
    }

    /**
     * For the one action that takes hours by design (resizing every master: drain, power cycle and wait for each),
     * bounded by {@code aro.admin.long-action-timeout}; Geneva Actions waits as long for it.
     */
    public <T> T runLong(Callable<T> action) {
        return run(action, longTimeout);
    }

    private <T> T run(Callable<T> action, Duration timeout) {
        Future<T> future = executor.submit(action);
        try {
            return future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw new CloudException(504, "GatewayTimeout", null,
                    "The admin action did not finish within " + timeout + ".");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException("admin action failed", e.getCause());
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new CloudException(503, "ServiceUnavailable", null, "The RP is shutting down.");
        }
    }
}
